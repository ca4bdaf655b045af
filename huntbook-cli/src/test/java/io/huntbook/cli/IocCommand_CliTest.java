package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IocCommand_CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void plainTextIsStringModeWithEveryTypeOn() throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "C2 at hxxps://evil[.]example[.]com/a and 203.0.113.7; dropped /tmp/x/run.sh\n"
                + "again 203.0.113.7\n");
        CliRun run = CliRun.of("ioc", report.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).toString())
                .isEqualTo("{\"IoCType\":\"url\",\"Observable\":\"hxxps://evil[.]example[.]com/a\"}");
        assertThat(run.out()).contains("\"dns\"", "evil[.]example[.]com", "\"ipv4\"", "\"linux_path\"", "/tmp/x/run.sh");
        assertThat(rows.findValuesAsText("Observable")).containsOnlyOnce("203.0.113.7");
    }

    @Test
    void standardInputRefangedAndTypesChosen() throws Exception {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream("hxxp://bad[.]com/x 10.0.0.1".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("ioc", "-", "--refang", "--types", "url,dns", "--format", "csv");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualToNormalizingNewlines("IoCType,Observable\nurl,http://bad.com/x\ndns,bad.com\n");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void csvAndJsonLinesAreTableModeOverTheirStringColumns() throws Exception {
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, "Computer,CommandLine,Count\nws1,curl http://evil.com/a,1\nws2,ping 10.0.0.9,2\n");
        CliRun run = CliRun.of("ioc", csv.toString(), "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "{\"IoCType\":\"url\",\"Observable\":\"http://evil.com/a\",\"SourceIndex\":0,\"Input\":\"curl http://evil.com/a\"}",
                "{\"IoCType\":\"dns\",\"Observable\":\"evil.com\",\"SourceIndex\":0,\"Input\":\"curl http://evil.com/a\"}",
                "{\"IoCType\":\"ipv4\",\"Observable\":\"10.0.0.9\",\"SourceIndex\":1,\"Input\":\"ping 10.0.0.9\"}");

        Path jsonl = dir.resolve("events.jsonl");
        Files.writeString(jsonl, "{\"Host\":\"a.example.org\",\"Msg\":\"from 10.1.1.1\"}\n{\"Host\":\"b\",\"Msg\":\"x\"}\n");
        CliRun only = CliRun.of("ioc", jsonl.toString(), "--columns", "Msg", "--format", "csv");
        assertThat(only.exitCode()).as(only.err()).isZero();
        assertThat(only.out()).isEqualToNormalizingNewlines("IoCType,Observable,SourceIndex,Input\nipv4,10.1.1.1,0,from 10.1.1.1\n");
    }

    @Test
    void aTableFileCanBeReadAsText() throws Exception {
        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, "a,b\nsee evil.com,x\n");
        CliRun run = CliRun.of("ioc", csv.toString(), "--input-format", "text", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualToNormalizingNewlines("IoCType,Observable\ndns,evil.com\n");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, "A\nx\n");
        CliRun missingColumn = CliRun.of("ioc", csv.toString(), "--columns", "Nope");
        assertThat(missingColumn.exitCode()).isEqualTo(2);
        assertThat(missingColumn.err()).contains("no column \"Nope\"").contains("A");
        assertThat(missingColumn.out()).isEmpty();

        CliRun badType = CliRun.of("ioc", csv.toString(), "--types", "ipv5");
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.err()).contains("unknown IoC type \"ipv5\"");

        CliRun missingFile = CliRun.of("ioc", dir.resolve("nope.txt").toString());
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).contains("no such file");
    }
}
