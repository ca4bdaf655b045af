package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProctreeCommand_Test {
    private static final String CSV = """
            PID,PPID,Name,Created
            10,4,services.exe,2024-05-01 10:00:00
            20,10,svchost.exe,2024-05-01 10:00:01
            30,20,cmd.exe,2024-05-01 10:00:02
            31,20,taskhost.exe,2024-05-01 10:00:03
            """;
    private static final String MAP = "process_id=PID,parent_id=PPID,process_name=Name,time_stamp=Created";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jsonIsSchemaSummaryAndProcesses() throws Exception {
        Path file = Files.writeString(dir.resolve("procs.csv"), CSV);

        CliRun run = CliRun.of("proctree", file.toString(), "--map", MAP, "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode result = json.readTree(run.out());
        assertThat(result.fieldNames()).toIterable().containsExactly("schema", "summary", "processes");
        assertThat(result.get("schema").get("process_id").asText()).isEqualTo("PID");
        assertThat(result.get("summary").toString()).isEqualTo("{\"Processes\":5,\"RootProcesses\":1,"
                + "\"LeafProcesses\":2,\"BranchProcesses\":2,\"IsolatedProcesses\":0,\"LargestTreeDepth\":4}");
        assertThat(result.get("processes")).hasSize(5);
        assertThat(result.get("processes").get(1).get("proc_key").asText())
                .isEqualTo("services.exe|10|2024-05-01 10:00:00.000000");
        assertThat(result.get("processes").get(1).get("Created").asText()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void tablePrintsSummaryAndTrees() throws Exception {
        Path file = Files.writeString(dir.resolve("procs.csv"), CSV);
        CliRun run = CliRun.of("proctree", file.toString(), "--map", MAP);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Processes: 5").contains("LargestTreeDepth: 4")
                .contains("+ Process: unknown  PID: 4").contains("         +-- Process: cmd.exe  PID: 30");
    }

    @Test
    void inferredSchemaIsNamedOnStderr() throws Exception {
        Path file = Files.writeString(dir.resolve("sysmon.jsonl"), """
                {"EventID":1,"UtcTime":"2024-01-01 00:00:01.000","Image":"C:\\\\a.exe","ProcessId":"10","ParentProcessId":"4","ParentImage":"C:\\\\s.exe","CommandLine":"a","Computer":"H"}
                {"EventID":1,"UtcTime":"2024-01-01 00:00:02.000","Image":"C:\\\\b.exe","ProcessId":"11","ParentProcessId":"10","ParentImage":"C:\\\\a.exe","CommandLine":"b","Computer":"H"}
                """);
        CliRun run = CliRun.of("proctree", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("schema sysmon-1 (inferred from the columns)");
        assertThat(json.readTree(run.out()).get("summary").get("LargestTreeDepth").asInt()).isEqualTo(3);
    }

    @Test
    void missingColumnsAreBadInputNamingThem() throws Exception {
        Path file = Files.writeString(dir.resolve("procs.csv"), CSV);
        CliRun run = CliRun.of("proctree", file.toString(), "--schema", "sysmon-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no column Image, ProcessId, ParentProcessId, UtcTime")
                .contains("its columns are: PID, PPID, Name, Created");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void schemaAndMapTogetherAreRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("procs.csv"), CSV);
        CliRun run = CliRun.of("proctree", file.toString(), "--schema", "sysmon-1", "--map", MAP);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("either --schema or --map");
    }

    @Test
    @ConformanceTest
    void winproctreeMinimalGivesMsticpysSummary() throws Exception {
        CliRun run = CliRun.of("proctree", TestData.path("msticpy/data/winproctree-minimal.csv").toString(),
                "--map", "process_id=PID,parent_id=PPID,process_name=ImageFileName,time_stamp=CreateTime",
                "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(json.readTree(run.out()).get("summary").toString()).isEqualTo("{\"Processes\":126,"
                + "\"RootProcesses\":10,\"LeafProcesses\":97,\"BranchProcesses\":19,\"IsolatedProcesses\":0,"
                + "\"LargestTreeDepth\":7}");
    }

    @Test
    @ConformanceTest
    void rawAuditdLogIsReadAsExecveRows() throws Exception {
        CliRun run = CliRun.of("proctree", TestData.path("msticpy/data/auditd_log.txt").toString(), "--format",
                "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("linux-auditd");
        assertThat(json.readTree(run.out()).get("summary").get("Processes").asInt()).isGreaterThan(146);
    }
}
