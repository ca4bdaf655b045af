package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterSources_PrecedenceTest {
    @Test
    void base64ThenFileThenYamlThenValuesThenRawWhateverTheOrderGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "a: from-f\nb: from-f\nc: from-f\nd: from-f\n");
        var sources = ParameterSources.create()
                .raw("a", "9")
                .value("a", "from-p")
                .value("b", "7")
                .yaml("b: from-y\nc: from-y\n")
                .file(file)
                .base64(Base64.getEncoder().encodeToString("e: from-b\nd: from-b\n".getBytes(StandardCharsets.UTF_8)));
        var values = sources.resolveValues();
        assertThat(List.copyOf(values.keySet())).containsExactly("e", "d", "a", "b", "c");
        assertThat(values.get("a")).isEqualTo("9");
        assertThat(values.get("b")).isEqualTo(BigInteger.valueOf(7));
        assertThat(values.get("c")).isEqualTo("from-y");
        assertThat(values.get("d")).isEqualTo("from-f");
        assertThat(values.get("e")).isEqualTo("from-b");
        assertThat(sources.resolve().get("a")).isEqualTo(new SuppliedValue("9", "9", true));
    }
}
