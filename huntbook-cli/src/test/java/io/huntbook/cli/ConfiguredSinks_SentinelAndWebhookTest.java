package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.server.incident.IncidentDatabase;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.incident.IncidentEvent;
import io.huntbook.server.incident.IncidentSink;
import io.huntbook.server.incident.SinkOutcome;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Huntbook.IncidentSinks from a configuration: local, a webhook and Sentinel (Resource Manager served locally, a token
 * given as a secret reference as the query providers' tests do), deduplicated per sink; secrets only by reference.
 */
class ConfiguredSinks_SentinelAndWebhookTest {
    private static final String ARM_TOKEN = "arm-token-CANARY";
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders()
                    .getFirst("Authorization") + " " + body);
            String answer;
            int status = 200;
            if (path.startsWith("/hook")) {
                answer = "";
                status = 204;
            } else if (path.contains("/comments/")) {
                answer = "{\"name\":\"c1\",\"properties\":{\"message\":\"m\"}}";
                status = 201;
            } else {
                String id = path.substring(path.lastIndexOf('/') + 1);
                answer = "{\"name\":\"" + id + "\",\"etag\":\"\\\"e1\\\"\",\"properties\":{\"title\":\"t\","
                        + "\"severity\":\"High\",\"status\":\"New\",\"incidentNumber\":7,\"incidentUrl\":"
                        + "\"https://portal.azure.com/#incident/" + id + "\",\"labels\":[]}}";
                status = exchange.getRequestMethod().equals("PUT") && calls.stream()
                        .noneMatch(c -> c.startsWith("GET")) ? 201 : 200;
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private HuntbookConfig config(String sinks) {
        String yaml = """
                MSSentinel:
                  Workspaces:
                    Default:
                      WorkspaceId: 0f6e8f0e-0000-4000-8000-000000000001
                      TenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                      SubscriptionId: d0cfe6b2-9ac0-4464-9919-dccaee2e48c0
                      ResourceGroup: soc-rg
                      WorkspaceName: soc-ws
                Huntbook:
                  IncidentSinks:
                """ + sinks.indent(4);
        return HuntbookConfig.parse(yaml, "huntbook.yaml", Map.of("ARM_TOKEN", ARM_TOKEN, "HOOK_KEY", "hook-key"));
    }

    private static DataSource ledger() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        IncidentDatabase.migrate(h2);
        return h2;
    }

    private static IncidentEvent event(String run) {
        return new IncidentEvent(IncidentEvent.dedupKey("ip-context", "203.0.113.66"), "ip-context", "203.0.113.66",
                run, "Malicious IP 203.0.113.66", "listed in threat intelligence", "high",
                Instant.parse("2026-11-27T22:00:00Z"), URI.create("file:///out/" + run + ".ipynb"),
                URI.create("file:///out/" + run + ".html"), null, List.of("huntbook", "ip-context"));
    }

    @Test
    void eachConfiguredSinkOpensOnceThenComments() throws Exception {
        HuntbookConfig config = config("""
                local: {Type: Local}
                soc-hook: {Type: Webhook, Url: "%s/hook", Secret: {EnvironmentVar: HOOK_KEY}, DedupWindow: 12h}
                sentinel:
                  Type: Sentinel
                  Endpoint: %s
                  AccessToken: {EnvironmentVar: ARM_TOKEN}
                """.formatted(url(), url()));
        DataSource ledger = ledger();
        List<IncidentSink> sinks = ConfiguredSinks.of(config, ledger, Clock.systemUTC());
        assertThat(sinks).extracting(IncidentSink::name).containsExactly("local", "soc-hook", "sentinel");
        IncidentDispatcher dispatcher = IncidentDispatcher.of(sinks, ledger, Clock.systemUTC());

        List<SinkOutcome> first = dispatcher.raise(event("r1"));
        List<SinkOutcome> second = dispatcher.raise(event("r2"));

        assertThat(first).extracting(SinkOutcome::action).as(first.toString()).containsOnly(SinkOutcome.Action.OPENED);
        assertThat(second).extracting(SinkOutcome::action).as(second.toString())
                .containsOnly(SinkOutcome.Action.COMMENTED);
        SinkOutcome sentinel = first.get(2);
        assertThat(sentinel.link()).isEqualTo("https://portal.azure.com/#incident/" + sentinel.incidentId());
        assertThat(second.get(2).incidentId()).isEqualTo(sentinel.incidentId());

        String put = calls.stream().filter(c -> c.startsWith("PUT") && c.contains("/incidents/")
                && !c.contains("/comments/")).findFirst().orElseThrow();
        assertThat(put).contains("/subscriptions/d0cfe6b2-9ac0-4464-9919-dccaee2e48c0/resourceGroups/soc-rg/providers"
                + "/Microsoft.OperationalInsights/workspaces/soc-ws/providers/Microsoft.SecurityInsights/incidents/")
                .contains("Bearer " + ARM_TOKEN);
        JsonNode body = json.readTree(put.substring(put.indexOf('{')));
        assertThat(body.at("/properties/severity").asText()).isEqualTo("High");
        assertThat(body.at("/properties/description").asText()).contains("Report: file:///out/r1.html");
        assertThat(calls).filteredOn(c -> c.contains("/comments/")).singleElement()
                .satisfies(c -> assertThat(c).contains("run r2"));
        // The token goes to Resource Manager only, in the Authorization header: never in a body, never to the webhook.
        assertThat(calls).filteredOn(c -> c.contains(ARM_TOKEN))
                .isNotEmpty().allMatch(c -> c.contains("/Microsoft.SecurityInsights/incidents/")
                        && !c.substring(c.indexOf('{') < 0 ? c.length() : c.indexOf('{')).contains(ARM_TOKEN));
        assertThat(calls).filteredOn(c -> c.contains("/hook")).noneMatch(c -> c.contains(ARM_TOKEN));
    }

    @Test
    void badSinkSettingsAreOneLineSayingWhatToWrite() {
        DataSource ledger = ledger();
        assertThatThrownBy(() -> ConfiguredSinks.of(config("x: {Type: Pager}"), ledger, Clock.systemUTC()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown Type Pager")
                .hasMessageContaining("Local, Sentinel, Webhook");
        assertThatThrownBy(() -> ConfiguredSinks.of(config("h: {Type: Webhook, Url: \"https://h/\", Secret: abc}"),
                ledger, Clock.systemUTC())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("secret reference").hasMessageNotContaining("abc");
        assertThatThrownBy(() -> ConfiguredSinks.of(config("s: {Type: Sentinel, auth_methods: cache}"), ledger,
                Clock.systemUTC())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no usable Azure sign-in method");
        assertThatThrownBy(() -> ConfiguredSinks.of(config("s: {Type: Sentinel, Endpoint: \"ftp://arm\"}"), ledger,
                Clock.systemUTC())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("Huntbook.IncidentSinks.s Endpoint").hasMessageContaining("https://");
        assertThatThrownBy(() -> ConfiguredSinks.of(config("local: {Type: Local, DedupWindow: soon}"), ledger,
                Clock.systemUTC())).isInstanceOf(BadInputException.class).hasMessageContaining("12h");
    }
}
