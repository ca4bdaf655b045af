package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataCommand_GenerateTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSampleAndReportsItsTablesAsJson() throws Exception {
        Path target = dir.resolve("sample");
        CliRun run = CliRun.of("sample-data", target.toString(), "--seed", "3", "--anchor", "2024-05-14",
                "--events", "1000", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("anchor").asText()).isEqualTo("2024-05-14");
        assertThat(json.get("tables").get("SecurityEvent").asLong()).isGreaterThan(1000);
        assertThat(Files.exists(target.resolve("tables/SecurityAlert.parquet"))).isTrue();
        assertThat(Files.exists(Path.of(json.get("threatIntel").get("stix").asText()))).isTrue();
        assertThat(run.err()).contains("generating sample data in " + target);
    }

    @Test
    void refusesAFolderWithOtherFilesAndTooFewEvents() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun foreign = CliRun.of("sample-data", dir.toString(), "--events", "1000");
        assertThat(foreign.exitCode()).isEqualTo(2);
        assertThat(foreign.err()).contains("is not empty and holds no sample data");
        CliRun small = CliRun.of("sample-data", dir.resolve("x").toString(), "--events", "5");
        assertThat(small.exitCode()).isEqualTo(2);
        assertThat(small.err()).contains("between 1000 and");
        CliRun badDay = CliRun.of("sample-data", dir.resolve("y").toString(), "--anchor", "yesterdy");
        assertThat(badDay.exitCode()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }
}
