package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommand_CliTest {
    @TempDir
    static Path folder;
    static String queries;

    @BeforeAll
    static void writeQueries() throws IOException {
        Files.writeString(folder.resolve("hosts.yaml"), """
                metadata:
                  version: 1
                  description: Host queries
                  data_environments: [LogAnalytics, MDE]
                  data_families: [Host]
                defaults:
                  parameters:
                    start:
                      description: Query start time
                      type: datetime
                    end:
                      description: Query end time
                      type: datetime
                    add_query_items:
                      description: Additional query clauses
                      type: str
                      default: ""
                sources:
                  list_host_logons:
                    description: Logons on a host
                    args:
                      query: '
                        SecurityEvent
                        | where TimeGenerated between (datetime({start}) .. datetime({end}))
                        | where Computer has "{host_name}"
                        {add_query_items}'
                    parameters:
                      host_name:
                        description: Name of host
                        type: str
                """);
        Files.writeString(folder.resolve("local.yaml"), """
                metadata:
                  version: 1
                  description: Local
                  data_environments: [LocalData]
                  data_families: [Alerts]
                sources:
                  list_alerts:
                    description: Alerts
                    args:
                      query: "SELECT * FROM alerts"
                """);
        Files.writeString(folder.resolve("broken.yml.txt"), "not read");
        queries = folder.toString();
    }

    @Test
    void listWritesOneRowPerEnvironmentAndName() throws IOException {
        CliRun run = CliRun.of("query", "list", "--queries", queries, "--format", "json");
        assertThat(run.exitCode()).isZero();
        List<String> rows = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).forEach(row -> rows.add(row.toString()));
        assertThat(rows).doesNotHaveDuplicates().contains(
                "{\"environment\":\"LocalData\",\"name\":\"Alerts.list_alerts\",\"description\":\"Alerts\","
                        + "\"parameters\":[]}",
                "{\"environment\":\"MSSentinel\",\"name\":\"Host.list_host_logons\",\"description\":"
                        + "\"Logons on a host\",\"parameters\":[\"add_query_items\",\"end\",\"host_name\",\"start\"]}");
        assertThat(rows).filteredOn(r -> r.contains("\"Host.list_host_logons\"")).hasSize(2);
        CliRun filtered = CliRun.of("query", "list", "--queries", queries, "--provider", "MDATP", "--format", "csv");
        assertThat(filtered.out()).isEqualTo("environment,name,description,parameters\r\n"
                + "MDE,Host.list_host_logons,Logons on a host,\"[\"\"add_query_items\"\",\"\"end\"\",\"\"host_name\"\",\"\"start\"\"]\"\r\n");
    }

    @Test
    void theBuiltInLocalDataQueriesAreAlwaysThereAndRenderAsSql() {
        CliRun list = CliRun.of("query", "list", "--provider", "LocalData", "--format", "csv");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("LocalData,WindowsSecurity.list_host_processes,");
        CliRun dry = CliRun.of("query", "run", "WindowsSecurity.list_host_processes", "--dry-run",
                "-p", "host_name", "ws07' OR 1=1", "-p", "start", "2024-05-13", "-p", "end", "2024-05-15");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("Computer ILIKE 'ws07'' OR 1=1'")
                .contains("TimeGenerated >= TIMESTAMP '2024-05-13 00:00:00'");
    }

    @Test
    void searchAndShowFindQueriesInEveryEnvironment() throws IOException {
        assertThat(CliRun.of("query", "search", "LOGONS", "host", "--queries", queries, "--format", "jsonl").out()
                .lines()).hasSize(2);
        CliRun show = CliRun.of("--json", "query", "show", "Host.list_host_logons", "--queries", queries);
        JsonNode shown = new ObjectMapper().readTree(show.out());
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).get("environment").asText()).isEqualTo("MDE");
        assertThat(shown.get(1).get("parameters").get(2).toString()).isEqualTo("{\"name\":\"host_name\",\"type\":\"str\","
                + "\"required\":true,\"default\":null,\"description\":\"Name of host\",\"aliases\":[]}");
        assertThat(CliRun.of("query", "show", "list_host_logons", "--queries", queries).out())
                .contains("host_name: str\n    Name of host").contains("Data source:  MSSentinel");
        CliRun unknown = CliRun.of("query", "show", "Host.list_host_logon", "--queries", queries);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no query Host.list_host_logon in any environment; did you mean"
                + " Host.list_host_logons");
    }

    @Test
    void dryRunPrintsTheRenderedQuery() {
        CliRun run = CliRun.of("query", "run", "Host.list_host_logons", "--dry-run", "--provider", "LogAnalytics",
                "-p", "host_name", "web\"01", "-p", "start", "2024-05-01", "-p", "end", "2024-05-02T10:00:00Z",
                "--fragment", "add_query_items", "| take 10", "--queries", queries);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(" SecurityEvent | where TimeGenerated between (datetime(2024-05-01T00:00:00Z)"
                + " .. datetime(2024-05-02T10:00:00Z)) | where Computer has \"web\\\"01\" | take 10\n");
    }

    @Test
    void badInputExitsTwoWithOneLineSayingWhatToDo() {
        CliRun unknown = CliRun.of("query", "run", "Host.list_host_logon", "--dry-run", "--provider", "MSSentinel",
                "--queries", queries);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean Host.list_host_logons");
        CliRun elsewhere = CliRun.of("query", "run", "Host.list_host_logons", "--dry-run", "-p", "host_name", "h",
                "--queries", queries);
        assertThat(elsewhere.exitCode()).isEqualTo(2);
        assertThat(elsewhere.err()).contains("defined only for MDE, MSSentinel, not for LocalData");
        CliRun missing = CliRun.of("query", "run", "Host.list_host_logons", "--dry-run", "--provider", "MDE",
                "--queries", queries);
        assertThat(missing.err()).contains("needs the required parameter host_name (str: Name of host)");
        CliRun badTime = CliRun.of("query", "run", "Host.list_host_logons", "--dry-run", "--provider", "MDE",
                "-p", "host_name", "h", "-p", "start", "yesterdy", "--queries", queries);
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("cannot parse \"yesterdy\" as a datetime; use an ISO date");
        CliRun injection = CliRun.of("query", "run", "Host.list_host_logons", "--dry-run", "--provider", "MDE",
                "-p", "host_name", "h", "-p", "add_query_items", "| take 1", "--queries", queries);
        assertThat(injection.exitCode()).isEqualTo(2);
        assertThat(injection.err()).contains("--fragment add_query_items");
        CliRun noQueries = CliRun.of("query", "list", "--provider", "MSSentinel");
        assertThat(noQueries.exitCode()).isEqualTo(2);
        assertThat(noQueries.err()).contains("no queries for the environment MSSentinel");
    }

    @Test
    void queryFoldersComeFromQueryDefinitionsCustomInTheConfiguration() throws IOException {
        Path config = folder.resolve("../msticpyconfig-" + System.nanoTime() + ".yaml");
        Files.writeString(config, "QueryDefinitions:\n  Custom:\n    - " + folder + "\n");
        CliRun run = CliRun.of("query", "list", "--config", config.toString(), "--provider", "LocalData");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Alerts.list_alerts");
    }

    @Test
    void malformedYamlPointsAtTheLine() throws IOException {
        Path broken = Files.createDirectories(folder.resolve("../broken-" + System.nanoTime()));
        Files.writeString(broken.resolve("q.yaml"), "metadata:\n  version: 1\n  data_environments: [X\nsources: {}\n");
        CliRun run = CliRun.of("query", "list", "--queries", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("q\\.yaml:\\d+: malformed YAML");
    }

    @Test
    void runningWithoutAnInstalledProviderIsNotYetAvailable() throws IOException {
        // MDE has a provider now (huntbook-azure); Sumo Logic has none
        Path sumo = Files.createDirectories(folder.resolve("../sumo-" + System.nanoTime()));
        Files.writeString(sumo.resolve("sumo.yaml"), """
                metadata:
                  version: 1
                  description: Sumo Logic
                  data_environments: [Sumologic]
                  data_families: [Host]
                sources:
                  list_logons:
                    description: Logons
                    args:
                      query: '_sourceCategory=windows'
                """);
        CliRun run = CliRun.of("query", "run", "Host.list_logons", "--provider", "Sumologic", "--queries",
                sumo.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no query provider for Sumologic is installed");
    }
}
