package io.huntbook.cli;

import static io.huntbook.testing.RecordedHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.RecordedHttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huntbook query run --provider P} against a local server that speaks the vendor's API: typed rows, all pages,
 * parameters that cannot inject query code, and split queries whose failed chunks make the run partial (exit 1).
 */
class QueryRun_CloudProvidersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WS = "52b1ab41-869e-4138-9e40-2a4457f09bf0";
    private static final String LA_PATH = "/v1/workspaces/" + WS + "/query";

    @TempDir
    Path folder;
    private final RecordedHttpServer server = RecordedHttpServer.start();
    private String config;
    private String queries;

    @BeforeEach
    void write() throws IOException {
        Files.writeString(folder.resolve("token.txt"), "cli-test-token\n");
        Files.writeString(folder.resolve("huntbook.yaml"), """
                MSSentinel:
                  Workspaces:
                    Default:
                      WorkspaceId: %2$s
                      TenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                DataProviders:
                  MSSentinel:
                    Args:
                      Endpoint: %1$s
                      AccessToken: {File: token.txt}
                      MaxRetries: 0
                  Splunk:
                    Args:
                      Endpoint: %1$s
                      bearer_token: {File: token.txt}
                      PageSize: 2
                """.formatted(server.uri(), WS));
        Path q = Files.createDirectories(folder.resolve("queries"));
        Files.writeString(q.resolve("hunt.yaml"), """
                metadata:
                  version: 1
                  description: Hunting queries
                  data_environments: [MSSentinel]
                  data_families: [WindowsSecurity]
                defaults:
                  parameters:
                    start:
                      description: Query start time
                      type: datetime
                    end:
                      description: Query end time
                      type: datetime
                sources:
                  list_host_processes:
                    description: Processes on a host
                    args:
                      query: '
                        SecurityEvent
                        | where TimeGenerated between (datetime({start}) .. datetime({end}))
                        | where Computer has "{host_name}"
                        | where EventID == 4688'
                    parameters:
                      host_name:
                        description: Name of host
                        type: str
                """);
        Files.writeString(q.resolve("splunk.yaml"), """
                metadata:
                  version: 1
                  description: Splunk queries
                  data_environments: [Splunk]
                  data_families: [Authentication]
                defaults:
                  parameters:
                    start:
                      description: Query start time
                      type: datetime
                    end:
                      description: Query end time
                      type: datetime
                sources:
                  failed_logons_from_ip:
                    description: Failed logons from an address
                    args:
                      query: 'search index=wineventlog EventCode=4625 src_ip="{ip}" earliest="{start}" latest="{end}"'
                    parameters:
                      ip:
                        description: Source address
                        type: str
                """);
        config = folder.resolve("huntbook.yaml").toString();
        queries = q.toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sentinelReturnsTypedRowsAndTheHostCannotBreakOutOfItsString() throws Exception {
        server.expect("POST", LA_PATH).respond(200, resource("io/huntbook/cli/cloud/la-processes.json"));

        CliRun run = CliRun.of("query", "run", "WindowsSecurity.list_host_processes", "--provider", "MSSentinel",
                "-p", "host_name", "WS07\" | union SigninLogs | where \"1", "-p", "start", "2024-05-01",
                "-p", "end", "2024-05-02", "--queries", queries, "--config", config, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).path("TimeGenerated").asText()).isEqualTo("2024-05-01T01:41:02.500Z");
        assertThat(rows.get(0).path("EventID").isIntegralNumber()).isTrue();
        assertThat(rows.get(1).path("ElevatedToken").isBoolean()).isTrue();
        assertThat(rows.get(0).path("Details").path("ParentPid").asInt()).isEqualTo(3310);

        RecordedHttpServer.Request request = server.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer cli-test-token");
        String kql = JSON.readTree(request.body()).path("query").asText();
        assertThat(kql).contains("datetime(2024-05-01T00:00:00Z) .. datetime(2024-05-02T00:00:00Z)")
                .contains("has \"WS07\\\" | union SigninLogs | where \\\"1\"")
                .doesNotContain("has \"WS07\" | union");
        assertThat(run.err()).doesNotContain("cli-test-token");
    }

    @Test
    void splunkReturnsEveryPage() {
        server.expect("POST", "/services/search/jobs").respond(201, "{\"sid\": \"1714524060.7\"}");
        server.expect("GET", "/services/search/jobs/1714524060.7").respond(200, resource("io/huntbook/cli/cloud/splunk-job.json"));
        server.expect("GET", "/services/search/jobs/1714524060.7/results").respond(200, resource("io/huntbook/cli/cloud/splunk-page1.json"));
        server.expect("GET", "/services/search/jobs/1714524060.7/results").respond(200, resource("io/huntbook/cli/cloud/splunk-page2.json"));
        server.expect("DELETE", "/services/search/jobs/1714524060.7").respond(200, "{}");

        CliRun run = CliRun.of("query", "run", "Authentication.failed_logons_from_ip", "--provider", "Splunk",
                "-p", "ip", "203.0.113.45", "-p", "start", "2024-05-01", "-p", "end", "2024-05-02",
                "--queries", queries, "--config", config, "--format", "jsonl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().toList().get(2)).contains("\"_time\":\"2024-05-01T00:41:02Z\"");
        String form = URLDecoder.decode(server.requests().get(0).body(), StandardCharsets.UTF_8);
        assertThat(form).contains("src_ip=\"203.0.113.45\" earliest=\"2024-05-01 00:00:00\"");
    }

    @Test
    void aSplitQueryWritesTheRowsThatCameAndExitsOneNamingTheFailedChunk() {
        server.expect("POST", LA_PATH).respond(200, resource("io/huntbook/cli/cloud/la-processes.json"));
        server.expect("POST", LA_PATH).respond(500, "{\"error\": {\"code\": \"InternalServerError\", "
                + "\"message\": \"An unexpected error occurred\"}}");
        server.expect("POST", LA_PATH).respond(500, "{\"error\": {\"code\": \"InternalServerError\", "
                + "\"message\": \"An unexpected error occurred\"}}");

        CliRun run = CliRun.of("query", "run", "WindowsSecurity.list_host_processes", "--provider", "LogAnalytics",
                "-p", "host_name", "WS07", "-p", "start", "2024-05-01", "-p", "end", "2024-05-03",
                "--split-by", "1d", "--split-parallel", "1", "--split-attempts", "2", "--provider-arg", "workspace=Default",
                "--queries", queries, "--config", config, "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(3); // header and the two rows of the first day
        assertThat(run.err()).contains("2024-05-02T00:00:00Z..2024-05-03T00:00:00Z")
                .contains("failed after 2 attempts").contains("An unexpected error occurred").contains("partial result");
        assertThat(server.requests()).hasSize(3);
        assertThat(JSON.valueToTree(server.requests().get(0).body()).asText())
                .contains("datetime(2024-05-01T23:59:59.999999Z)");
    }
}
