package io.huntbook.server.incident;

import io.huntbook.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Secret;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook against a local HTTP server: signed JSON, deduplicated, and the key never in a message. */
class WebhookSink_SignsTest {
    private static final String KEY = "whsec-CANARY-7f3a9c";
    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private HttpServer server;

    record Received(String event, String signature, byte[] body) {}

    private URI start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSink.EVENT_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSink.SIGNATURE_HEADER), body));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook?token=abc");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static Secret keyFromEnvironment() {
        return HuntbookConfig.parse("Huntbook:\n  Webhook:\n    Key:\n      EnvironmentVar: HOOK_KEY\n", "test",
                Map.of("HOOK_KEY", KEY)).secret("Huntbook.Webhook.Key");
    }

    @Test
    void aFindingIsPostedSignedAndARepeatIsAComment() throws Exception {
        URI url = start();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00Z"));
        DataSource ledger = Ledgers.h2();
        WebhookSink hook = WebhookSink.of("soc-hook", url, keyFromEnvironment(), Duration.ofHours(1), clock);
        IncidentDispatcher dispatcher = IncidentDispatcher.of(List.of(hook), ledger, clock);

        SinkOutcome opened = dispatcher.raise(Events.finding("ip-context", "203.0.113.66", "r1")).get(0);
        SinkOutcome repeat = dispatcher.raise(Events.finding("ip-context", "203.0.113.66", "r2")).get(0);

        assertThat(received).hasSize(2);
        for (Received r : received) {
            assertThat(r.signature()).isEqualTo("sha256=" + WebhookSink.sign(KEY, r.body()));
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(KEY);
        }
        JsonNode first = json.readTree(received.get(0).body());
        assertThat(received.get(0).event()).isEqualTo("incident.opened");
        assertThat(first.get("title").asText()).isEqualTo("Malicious IP 203.0.113.66");
        assertThat(first.get("severity").asText()).isEqualTo("high");
        assertThat(first.get("report").asText()).isEqualTo("file:///out/r1.html");
        assertThat(first.get("incident").asText()).isEqualTo(opened.incidentId());
        assertThat(received.get(1).event()).isEqualTo("incident.comment");
        assertThat(json.readTree(received.get(1).body()).get("incident").asText()).isEqualTo(opened.incidentId());
        assertThat(repeat.action()).isEqualTo(SinkOutcome.Action.COMMENTED);
    }

    @Test
    void aRefusalFailsTheSinkWithTheStatusAndNeitherKeyNorQuery() throws Exception {
        URI url = start();
        status.set(500);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00Z"));
        WebhookSink hook = WebhookSink.of("soc-hook", url, keyFromEnvironment(), Duration.ofHours(1), clock);
        SinkOutcome outcome = IncidentDispatcher.of(List.of(hook), Ledgers.h2(), clock)
                .raise(Events.finding("ip-context", "203.0.113.66", "r1")).get(0);
        assertThat(outcome.action()).isEqualTo(SinkOutcome.Action.FAILED);
        assertThat(outcome.message()).contains("HTTP 500").doesNotContain(KEY).doesNotContain("token=abc");
        assertThat(hook.toString()).doesNotContain("token=abc");
    }
}
