package io.huntbook.server.incident;

import io.huntbook.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store on H2 (migrated by Flyway): one incident per template and identifier within the window. */
class LocalIncidentStore_DeduplicatesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T22:00:00Z"));

    @TempDir
    Path folder;

    @Test
    void aRepeatWithinTheWindowCommentsAndOneAfterItOpensAnother() {
        DedupScenario.run(Ledgers.h2(), clock);
    }

    @Test
    void incidentsSurviveReopeningTheFileDatabaseAndListThroughTheEndpoint() throws Exception {
        DataSource ledger = Ledgers.h2File(folder);
        LocalIncidentStore store = LocalIncidentStore.of(ledger, Duration.ofHours(1), clock);
        IncidentDispatcher.of(List.of(store), ledger, clock).raise(Events.finding("ip-context", "203.0.113.66", "r1"));
        clock.advance(Duration.ofMinutes(1));
        IncidentDispatcher.of(List.of(store), ledger, clock).raise(Events.finding("alert-triage", "a-1", "r2"));

        DataSource reopened = Ledgers.h2File(folder);
        IncidentsEndpoint endpoint = new IncidentsEndpoint(LocalIncidentStore.of(reopened, Duration.ofHours(1), clock));
        IncidentsEndpoint.Response response = endpoint.list(Map.of("status", List.of("open")));
        assertThat(response.status()).isEqualTo(200);
        JsonNode list = new ObjectMapper().readTree(response.body());
        assertThat(list).hasSize(2);
        // Newest first.
        JsonNode first = list.get(0);
        assertThat(first.get("identifier").asText()).isEqualTo("a-1");
        assertThat(list.get(1).get("identifier").asText()).isEqualTo("203.0.113.66");
        assertThat(first.get("status").asText()).isEqualTo("New");
        assertThat(first.get("severity").asText()).isEqualTo("high");
        assertThat(first.get("report").asText()).endsWith(".html");
        assertThat(first.get("firstActivityTimeUtc").asText()).isEqualTo("2026-11-27T22:00:00Z");

        assertThat(endpoint.list(Map.of("limit", List.of("0"))).status()).isEqualTo(400);
        assertThat(endpoint.list(Map.of("status", List.of("Bogus"))).body()).contains("unknown incident status");
        assertThat(endpoint.get("nope").status()).isEqualTo(404);
        assertThat(endpoint.get(list.get(1).get("id").asText()).body()).contains("203.0.113.66");
    }

    @Test
    void oneFailingSinkDoesNotStopTheOthers() {
        DataSource ledger = Ledgers.h2();
        IncidentSink broken = new IncidentSink() {
            @Override public String name() { return "broken"; }
            @Override public Duration dedupWindow() { return Duration.ofHours(1); }
            @Override public Raised open(IncidentEvent event) { throw new IncidentSinkException("HTTP 503"); }
            @Override public boolean comment(String id, IncidentEvent event) { return true; }
        };
        LocalIncidentStore store = LocalIncidentStore.of(ledger, Duration.ofHours(1), clock);
        List<SinkOutcome> outcomes = IncidentDispatcher.of(List.of(broken, store), ledger, clock)
                .raise(Events.finding("ip-context", "203.0.113.66", "r1"));
        assertThat(outcomes).extracting(SinkOutcome::action)
                .containsExactly(SinkOutcome.Action.FAILED, SinkOutcome.Action.OPENED);
        assertThat(outcomes.get(0).message()).isEqualTo("HTTP 503");
        assertThat(store.list(null, 10)).hasSize(1);
    }
}
