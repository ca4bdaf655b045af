package io.huntbook.azure.query;

import static io.huntbook.testing.RecordedHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.PartialResultException;
import io.huntbook.data.QueryResult;
import io.huntbook.data.provider.QueryFailedException;
import io.huntbook.testing.RecordedHttpServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dflib.BooleanSeries;
import org.dflib.DataFrame;
import org.dflib.DoubleSeries;
import org.dflib.LongSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Log Analytics, Kusto and Graph hunting against a local server playing exchanges recorded after Microsoft's
 * documented request and answer shapes: typed columns, partial errors with their rows, errors, throttling.
 */
class AzureQueryProviders_RecordedExchangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WS1 = "52b1ab41-869e-4138-9e40-2a4457f09bf0";
    private static final String WS2 = "a927809c-8142-43e1-96b3-4ad87cfe95a3";
    private static final String LA_PATH = "/v1/workspaces/" + WS1 + "/query";

    private final RecordedHttpServer server = RecordedHttpServer.start();
    private final List<Duration> waits = new ArrayList<>();
    private final AzureQueryProviders providers = new AzureQueryProviders(waits::add);

    @AfterEach
    void stop() {
        server.close();
    }

    private HuntbookConfig config() {
        return HuntbookConfig.parse("""
                MSSentinel:
                  Workspaces:
                    Default:
                      WorkspaceId: %2$s
                      TenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                    Second:
                      WorkspaceId: %3$s
                      TenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                DataProviders:
                  MSSentinel:
                    Args:
                      Endpoint: %1$s
                      AccessToken: la-test-token
                  Kusto:
                    Args:
                      Cluster: %1$s
                      Database: SecurityLogs
                      AccessToken: kusto-test-token
                  MicrosoftDefender:
                    Args:
                      Endpoint: %1$s
                      AccessToken: graph-test-token
                """.formatted(server.uri(), WS1, WS2), "test.yaml", Map.of());
    }

    @Test
    void logAnalyticsColumnsBecomeTypedSeries() throws Exception {
        server.expect("POST", LA_PATH).respond(200, resource("io/huntbook/azure/query/la-typed.json"));

        DataFrame rows = providers.create("MSSentinel", config(), Map.of()).query("SecurityEvent | take 3");

        assertThat(rows.height()).isEqualTo(3);
        assertThat(rows.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.parse("2024-05-01T01:41:00.1234567Z"));
        assertThat(rows.getColumn("Computer").get(2)).isEqualTo("DC01.contoso.local");
        assertThat(rows.getColumn("EventID")).isInstanceOf(LongSeries.class);
        assertThat(rows.getColumn("ProcessId")).isInstanceOf(LongSeries.class);
        assertThat(rows.getColumn("ProcessId").get(1)).isEqualTo(4520L);
        assertThat(rows.getColumn("Score").get(0)).isEqualTo(0.93);
        assertThat(rows.getColumn("Score").get(2)).isNull();
        assertThat(rows.getColumn("IsAdmin").toList()).containsExactly(true, false, null);
        assertThat(((JsonNode) rows.getColumn("Entities").get(0)).path("Ips").get(0).asText()).isEqualTo("10.0.0.57");
        assertThat(((JsonNode) rows.getColumn("Entities").get(1)).isArray()).isTrue();
        assertThat(rows.getColumn("TenantId").get(0)).isEqualTo("b1315f05-4a7a-45b4-811f-73e715f7c122");
        assertThat(rows.getColumn("Elapsed").get(0)).isEqualTo(Duration.ofSeconds(90));
        assertThat(rows.getColumn("Elapsed").get(1)).isEqualTo(Duration.parse("P1DT2H3M4.5S"));
        assertThat(rows.getColumn("Bytes").get(0)).isEqualTo(new BigDecimal("860000000.5"));

        RecordedHttpServer.Request request = server.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer la-test-token");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree("{\"query\": \"SecurityEvent | take 3\"}"));
    }

    @Test
    void severalWorkspacesAreOneCrossWorkspaceQuery() throws Exception {
        server.expect("POST", LA_PATH).respond(200, resource("io/huntbook/azure/query/la-partial.json")
                .replace(",\n  \"error\"", ",\n  \"unused\""));

        providers.create("LogAnalytics", config(), Map.of("workspace", "Default,Second")).query("SigninLogs");

        JsonNode body = JSON.readTree(server.requests().get(0).body());
        assertThat(body.path("workspaces").toString()).isEqualTo("[\"" + WS2 + "\"]");
    }

    @Test
    void aPartialErrorKeepsTheRowsThatCameAndSaysWhatIsMissing() {
        server.expect("POST", LA_PATH).respond(200, resource("io/huntbook/azure/query/la-partial.json"));
        server.expect("POST", LA_PATH).respond(200, resource("io/huntbook/azure/query/la-partial.json"));

        var provider = providers.create("MSSentinel", config(), Map.of());
        QueryResult result = provider.execute("SecurityEvent");

        assertThat(result.rows().height()).isEqualTo(2);
        assertThat(result.isComplete()).isFalse();
        assertThat(result.problems().get(0).part()).isEqualTo("workspace " + WS1);
        assertThat(result.problems().get(0).message()).contains("There were some errors")
                .contains("E_QUERY_RESULT_SET_TOO_LARGE");
        assertThatThrownBy(() -> provider.query("SecurityEvent")).isInstanceOf(PartialResultException.class)
                .hasMessageContaining("2 rows came")
                .satisfies(e -> assertThat(((PartialResultException) e).result().rows().height()).isEqualTo(2));
    }

    @Test
    void aThrottledQueryWaitsForRetryAfterThenSucceeds() {
        server.expect("POST", LA_PATH).respond(429, resource("io/huntbook/azure/query/la-throttled.json"))
                .header("Retry-After", "12");
        server.expect("POST", LA_PATH).respond(200, resource("io/huntbook/azure/query/la-typed.json"));

        DataFrame rows = providers.create("MSSentinel", config(), Map.of()).query("SecurityEvent");

        assertThat(rows.height()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(12));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsAnErrorNamingIt() {
        for (int i = 0; i < 4; i++) {
            server.expect("POST", LA_PATH).respond(429, resource("io/huntbook/azure/query/la-throttled.json"))
                    .header("Retry-After", "1");
        }
        assertThatThrownBy(() -> providers.create("MSSentinel", config(), Map.of()).query("SecurityEvent"))
                .isInstanceOf(QueryFailedException.class).hasMessageContaining("HTTP 429")
                .hasMessageContaining("Too many requests").hasMessageContaining("after 3 retries");
    }

    @Test
    void aQueryErrorCarriesTheServicesExplanationButNeverTheToken() {
        server.expect("POST", LA_PATH).respond(400, resource("io/huntbook/azure/query/la-syntax-error.json"));

        assertThatThrownBy(() -> providers.create("MSSentinel", config(), Map.of()).query("SecurityEvent | whre x"))
                .isInstanceOf(QueryFailedException.class).hasMessageContaining("HTTP 400")
                .hasMessageContaining("Query could not be parsed at 'whre'").hasMessageNotContaining("la-test-token");
    }

    @Test
    void aWorkspaceIdThatIsNotAGuidIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> providers.create("MSSentinel", config(), Map.of("workspace_id", "../../admin")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is not a GUID");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void kustoV2FramesGiveThePrimaryResultTyped() throws Exception {
        server.expect("POST", "/v2/rest/query").respond(200, resource("io/huntbook/azure/query/kusto-v2.json"));

        DataFrame rows = providers.create("Kusto", config(), Map.of()).query("DeviceNetworkEvents | take 2");

        assertThat(rows.getColumnsIndex().toArray()).containsExactly("Timestamp", "DeviceName", "ProcessId", "Port",
                "Entropy", "Signed", "AdditionalFields", "ReportId", "Duration");
        assertThat(rows.height()).isEqualTo(2);
        assertThat(rows.getColumn("Timestamp").get(1)).isEqualTo(Instant.parse("2024-05-01T01:49:01.5Z"));
        assertThat(rows.getColumn("Port")).isInstanceOf(LongSeries.class);
        assertThat(rows.getColumn("Entropy")).isInstanceOf(DoubleSeries.class);
        assertThat(rows.getColumn("Signed")).isInstanceOf(BooleanSeries.class);
        assertThat(((JsonNode) rows.getColumn("AdditionalFields").get(0)).path("RemoteUrl").asText())
                .isEqualTo("update-cdn.huntbook-sample.net");
        assertThat(rows.getColumn("Duration").get(0)).isEqualTo(Duration.ofMillis(250));
        assertThat(rows.getColumn("Duration").get(1)).isEqualTo(Duration.ofMinutes(-30));

        RecordedHttpServer.Request request = server.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer kusto-test-token");
        assertThat(request.header("x-ms-client-request-id")).startsWith("Huntbook.Query;");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree(
                "{\"db\": \"SecurityLogs\", \"csl\": \"DeviceNetworkEvents | take 2\"}"));
    }

    @Test
    void kustoErrorsInsideTheRowsKeepTheRowsBeforeThem() {
        server.expect("POST", "/v2/rest/query").respond(200, resource("io/huntbook/azure/query/kusto-v2-partial.json"));

        QueryResult result = providers.create("Kusto", config(), Map.of()).execute("DeviceNetworkEvents");

        assertThat(result.rows().getColumn("DeviceName").toList()).containsExactly("ws07", "ws08");
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message()).contains("exceed the set limit of 500000 records");
    }

    @Test
    void kustoV1AnswersAreReadToo() throws Exception {
        server.expect("POST", "/v1/rest/query").respond(200, resource("io/huntbook/azure/query/kusto-v1.json"));

        DataFrame rows = providers.create("AzureDataExplorer", config(), Map.of("ApiVersion", "v1"))
                .query("FileCopies | summarize Count=count() by Computer");

        assertThat(rows.getColumnsIndex().toArray()).containsExactly("Timestamp", "Computer", "Count", "Blocked");
        assertThat(rows.getColumn("Count").toList()).containsExactly(42L, 7L);
        assertThat(rows.getColumn("Blocked").toList()).containsExactly(true, false);
    }

    @Test
    void kustoErrorsCarryTheSemanticMessage() {
        server.expect("POST", "/v2/rest/query").respond(400, resource("io/huntbook/azure/query/kusto-error.json"));

        assertThatThrownBy(() -> providers.create("Kusto", config(), Map.of()).query("DeviceEvent"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("Failed to resolve table expression named 'DeviceEvent'");
    }

    @Test
    void defenderHuntingThroughGraphRunHuntingQuery() throws Exception {
        server.expect("POST", "/v1.0/security/runHuntingQuery")
                .respond(200, resource("io/huntbook/azure/query/graph-hunting.json"));

        DataFrame rows = providers.create("MDE", config(), Map.of()).query("DeviceProcessEvents | take 2");

        assertThat(rows.getColumnsIndex().toArray()).containsExactly("Timestamp", "DeviceName", "ProcessId",
                "ProcessCommandLine", "AdditionalFields", "IsElevated");
        assertThat(rows.getColumn("Timestamp").get(0)).isEqualTo(Instant.parse("2024-05-01T01:41:00.1234567Z"));
        assertThat(rows.getColumn("ProcessId")).isInstanceOf(LongSeries.class);
        assertThat(rows.getColumn("IsElevated").toList()).containsExactly(false, true);
        assertThat(((JsonNode) rows.getColumn("AdditionalFields").get(0)).path("ParentPid").asInt()).isEqualTo(3310);
        assertThat(rows.getColumn("AdditionalFields").get(1)).isNull();
        RecordedHttpServer.Request request = server.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer graph-test-token");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree(
                "{\"Query\": \"DeviceProcessEvents | take 2\"}"));
    }

    @Test
    void graphErrorsCarryTheirMessage() {
        server.expect("POST", "/v1.0/security/runHuntingQuery")
                .respond(400, resource("io/huntbook/azure/query/graph-error.json"));

        assertThatThrownBy(() -> providers.create("M365D", config(), Map.of()).query("DeviceProcessEvent"))
                .isInstanceOf(QueryFailedException.class).hasMessageContaining("could not be resolved");
    }
}
