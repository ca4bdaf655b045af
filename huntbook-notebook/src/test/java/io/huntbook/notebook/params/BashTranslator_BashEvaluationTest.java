package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.PropertyCheck;
import io.huntbook.testing.SystemTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * bash itself as the oracle: strings and arrays of strings, whatever they hold (quotes, {@code $(...)}, backticks,
 * newlines, any Unicode), come back from {@code source} unchanged, and nothing else runs. Batched: one bash per
 * thousand values.
 */
@SystemTest
class BashTranslator_BashEvaluationTest {
    @Test
    void stringsAndArraysComeBackUnchanged() throws Exception {
        Path bash = ExternalPrograms.require(Path.of("/bin/bash"), "bash");
        Path dir = Files.createTempDirectory("huntbook-bash");
        PropertyCheck.forAll(10, r -> {
            Map<String, SuppliedValue> values = new LinkedHashMap<>();
            for (int i = 0; i < 1000; i++) {
                if (r.nextInt(4) == 0) {
                    List<Object> list = new ArrayList<>();
                    int n = r.nextInt(4);
                    for (int j = 0; j < n; j++) {
                        list.add(noNul(Values.string(r)));
                    }
                    values.put("v" + i, SuppliedValue.of(list));
                } else {
                    values.put("v" + i, SuppliedValue.of(noNul(Values.string(r))));
                }
            }
            return values;
        }, values -> {
            try {
                Path code = dir.resolve("params.sh");
                Files.writeString(code, ParameterTranslator.of(KernelLanguage.BASH).codify(values, List.of()),
                        StandardCharsets.UTF_8);
                String script = "source \"$1\"; for ((i = 0; i < " + values.size() + "; i++)); do"
                        + " declare -n ref=v$i; printf 'N%d\\0' \"${#ref[@]}\"; if (( ${#ref[@]} )); then printf '%s\\0' \"${ref[@]}\"; fi;"
                        + " unset -n ref; done";
                Process p = new ProcessBuilder(bash.toString(), "-c", script, "bash", code.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor()).isZero();
                List<String> fields = new ArrayList<>(Arrays.asList(out.split("\0", -1)));
                int at = 0;
                for (Map.Entry<String, SuppliedValue> e : values.entrySet()) {
                    int n = Integer.parseInt(fields.get(at++).substring(1));
                    List<String> got = fields.subList(at, at + n);
                    at += n;
                    Object expected = e.getValue().value();
                    if (expected instanceof List<?> list) {
                        assertThat(got).as(e.getKey()).isEqualTo(list);
                    } else {
                        assertThat(got).as(e.getKey()).containsExactly((String) expected);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }

    private static String noNul(String s) {
        return s.replace("\0", "");
    }
}
