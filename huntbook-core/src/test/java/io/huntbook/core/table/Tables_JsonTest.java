package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tables_JsonTest {
    @TempDir
    Path dir;

    private static final String LINES = """
            {"TimeCreated":"2020-10-19 03:30:41.104","EventID":1102,"Hostname":"WORKSTATION5"}
            {"TimeCreated":"2020-10-19 03:30:45.323","EventID":5158,"ProcessId":"3304","Extra":{"a":[1,2]}}
            """;

    @Test
    void jsonLinesTakeTheUnionOfKeysInFirstSeenOrder() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, LINES);
        DataFrame frame = Tables.read(file);
        assertThat(frame.getColumnsIndex().toArray())
                .containsExactly("TimeCreated", "EventID", "Hostname", "ProcessId", "Extra");
        assertThat(frame.getColumn("TimeCreated").get(1)).isEqualTo(Instant.parse("2020-10-19T03:30:45.323Z"));
        assertThat(frame.getColumn("EventID").get(0)).isEqualTo(1102L);
        assertThat(frame.getColumn("Hostname").get(1)).isNull();
        assertThat(frame.getColumn("ProcessId").get(1)).isEqualTo("3304");
        assertThat(frame.getColumn("Extra").get(1)).isInstanceOf(JsonNode.class);
        assertThat(frame.getColumn("Extra").get(1).toString()).isEqualTo("{\"a\":[1,2]}");
    }

    @Test
    void dotJsonReadsAnArrayOrJsonLines() throws IOException {
        Path array = dir.resolve("a.json");
        Files.writeString(array, "[\n {\"a\": 1, \"b\": 1.5},\n {\"a\": 2, \"b\": 2}\n]\n");
        DataFrame frame = Tables.read(array);
        assertThat(frame.getColumn("a").toList()).containsExactly(1L, 2L);
        assertThat(frame.getColumn("b").toList()).containsExactly(1.5, 2.0);

        Path lines = dir.resolve("l.json");
        Files.writeString(lines, LINES);
        assertThat(Tables.read(lines).height()).isEqualTo(2);
    }

    @Test
    void mixedScalarsBecomeTextAndNestedKeepsEveryValueAsJson() throws IOException {
        Path file = dir.resolve("m.ndjson");
        Files.writeString(file, "{\"x\": 1, \"y\": [1]}\n{\"x\": \"one\", \"y\": 2}\n{\"x\": true, \"y\": null}\n");
        DataFrame frame = Tables.read(file);
        assertThat(frame.getColumn("x").toList()).containsExactly("1", "one", "true");
        assertThat(frame.getColumn("y").get(1)).isInstanceOf(JsonNode.class);
        assertThat(frame.getColumn("y").get(2)).isNull();
    }

    @Test
    void otrfZipIsReadAsJsonLines() throws IOException {
        Path zip = dir.resolve("dataset.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("dataset_2020-10-19.json"));
            z.write(LINES.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        DataFrame frame = Tables.read(zip);
        assertThat(frame.height()).isEqualTo(2);
        assertThat(frame.getColumn("EventID").toList()).containsExactly(1102L, 5158L);
    }
}
