package io.huntbook.data.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.core.BadInputException;
import io.huntbook.data.provider.QueryFailedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalData_FilesAsTablesTest {
    @TempDir
    Path dir;

    @Test
    void csvFileIsATableWithTypedColumnsAndUtcTimestamps() throws IOException {
        Files.writeString(dir.resolve("host_logons.csv"), """
                TimeGenerated,Computer,LogonType,Elevated,Score
                2024-03-01 10:00:00,WS1,3,true,0.5
                2024-03-01 11:30:00,WS2,10,false,1.25
                """);
        try (LocalData data = LocalData.over(dir)) {
            assertThat(data.tables()).containsExactly("host_logons");
            DataFrame frame = data.query("SELECT * FROM host_logons ORDER BY TimeGenerated");
            assertThat(frame.height()).isEqualTo(2);
            assertThat(frame.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
            assertThat(frame.getColumn("LogonType").get(1)).isEqualTo(10L);
            assertThat(frame.getColumn("Elevated").get(0)).isEqualTo(true);
            assertThat(frame.getColumn("Score").get(1)).isEqualTo(1.25);
            assertThat(frame.getColumn("Computer").get(1)).isEqualTo("WS2");
        }
    }

    @Test
    void aFileNameAloneReturnsTheWholeTableAsInMsticpy() throws IOException {
        Files.writeString(dir.resolve("alerts.jsonl"), """
                {"AlertName":"Spray","Entities":[{"Type":"ip","Address":"203.0.113.7"}]}
                {"AlertName":"Beacon","Entities":[]}
                """);
        try (LocalData data = LocalData.over(dir)) {
            assertThat(data.isTableReference("alerts.jsonl")).isTrue();
            DataFrame frame = data.query("alerts.jsonl");
            assertThat(frame.height()).isEqualTo(2);
            assertThat(data.query("alerts").height()).isEqualTo(2);
            Object entities = frame.getColumn("Entities").get(0);
            assertThat(entities).isInstanceOf(JsonNode.class);
            assertThat(((JsonNode) entities).get(0).get("Address").asText()).isEqualTo("203.0.113.7");
        }
    }

    @Test
    void jsonArrayAndParquetAndFolderTables() throws Exception {
        Files.writeString(dir.resolve("hosts.json"), "[{\"Computer\":\"WS1\",\"OS\":\"Windows\"},"
                + "{\"Computer\":\"SRV1\",\"OS\":\"Linux\"}]");
        Path flows = Files.createDirectories(dir.resolve("flows"));
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
            for (int day = 1; day <= 2; day++) {
                s.execute("COPY (SELECT " + day + "::BIGINT AS Day, 'WS" + day + "' AS Computer) TO '"
                        + flows.resolve("day" + day + ".parquet") + "' (FORMAT parquet)");
            }
            s.execute("COPY (SELECT 42 AS Answer) TO '" + dir.resolve("single.parquet") + "' (FORMAT parquet)");
        }
        try (LocalData data = LocalData.over(dir)) {
            assertThat(data.tables()).containsExactlyInAnyOrder("hosts", "flows", "single");
            assertThat(data.query("SELECT count(*) AS n FROM flows").getColumn("n").get(0)).isEqualTo(2L);
            assertThat(data.query("SELECT OS FROM hosts WHERE Computer = 'SRV1'").getColumn("OS").get(0))
                    .isEqualTo("Linux");
            assertThat(data.schema()).containsKeys("hosts", "flows", "single");
            assertThat(data.schema().get("flows")).containsEntry("Day", "BIGINT");
        }
    }

    @Test
    void otrfArchiveIsATableOfItsJsonLines() throws IOException {
        Path zip = dir.resolve("psexec.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("psexec_2020-10-19.json"));
            z.write(("""
                    {"TimeCreated":"2020-10-19 03:30:41.104","Hostname":"WORKSTATION5","EventID":1102}
                    {"TimeCreated":"2020-10-19 03:30:46.251","Hostname":"WORKSTATION5","EventID":4688,"NewProcessId":"0x1c58","CommandLine":"PsExec.exe -s"}
                    """).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        try (LocalData data = LocalData.builder().table(zip).build()) {
            DataFrame frame = data.query("SELECT * FROM psexec WHERE EventID = 4688");
            assertThat(frame.height()).isEqualTo(1);
            assertThat(frame.getColumn("NewProcessId").get(0)).isEqualTo("0x1c58");
            assertThat(frame.getColumn("TimeCreated").get(0)).isEqualTo(Instant.parse("2020-10-19T03:30:46.251Z"));
        }
    }

    @Test
    void parametersAreBoundSoAValueCannotChangeTheQuery() throws IOException {
        Files.writeString(dir.resolve("procs.csv"), """
                TimeGenerated,Computer,CommandLine
                2024-03-01 10:00:00,WS1,whoami
                2024-03-02 10:00:00,WS1,ipconfig
                2024-03-01 10:00:00,WS2,net user
                """);
        try (LocalData data = LocalData.over(dir)) {
            String sql = "SELECT * FROM procs WHERE Computer = {host} AND TimeGenerated >= {start}";
            DataFrame ws1 = data.query(sql, Map.of("host", "WS1", "start", Instant.parse("2024-03-02T00:00:00Z")));
            assertThat(ws1.getColumn("CommandLine").toList()).containsExactly("ipconfig");
            DataFrame hostile = data.query(sql, Map.of("host", "WS1' OR '1'='1", "start", Instant.EPOCH));
            assertThat(hostile.height()).isZero();
            DataFrame listed = data.query("SELECT * FROM procs WHERE Computer IN ({hosts})",
                    Map.of("hosts", java.util.List.of("WS1", "WS2")));
            assertThat(listed.height()).isEqualTo(3);
        }
    }

    @Test
    void badInputSaysWhatToDo() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        Files.writeString(dir.resolve("a.jsonl"), "{\"x\":1}\n");
        assertThatThrownBy(() -> LocalData.over(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("two tables named 'a'");
        assertThatThrownBy(() -> LocalData.over(dir.resolve("missing"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no such folder");
        Files.delete(dir.resolve("a.jsonl"));
        try (LocalData data = LocalData.over(dir)) {
            assertThatThrownBy(() -> data.query("SELECT * FROM nowhere")).isInstanceOf(QueryFailedException.class)
                    .hasMessageContaining("LocalData refused the query");
            assertThatThrownBy(() -> data.query("SELECT * FROM a WHERE x = {y}", Map.of()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("-p y VALUE");
        }
    }
}
