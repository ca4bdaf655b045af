package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.huntbook.testing.ExternalPrograms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a script on Debian's python3 with some input and reads the JSON it prints. */
final class PythonOracle {
    private PythonOracle() {}

    static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    static JsonNode run(String script, String input) {
        ExternalPrograms.require(ExternalPrograms.DEBIAN_PYTHON, "python3");
        try {
            Path scriptFile = Files.createTempFile("huntbook-oracle", ".py");
            Path inputFile = Files.createTempFile("huntbook-oracle", ".txt");
            try {
                Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
                Files.writeString(inputFile, input, StandardCharsets.UTF_8);
                Process p = new ProcessBuilder(ExternalPrograms.DEBIAN_PYTHON.toString(), scriptFile.toString(),
                        inputFile.toString()).redirectErrorStream(false).start();
                byte[] out = p.getInputStream().readAllBytes();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor()).as("python3 failed: " + err).isZero();
                return MAPPER.readTree(out);
            } finally {
                Files.deleteIfExists(scriptFile);
                Files.deleteIfExists(inputFile);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
