package io.huntbook.server.incident;

import io.huntbook.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/** One deduplication story, run on H2 and on PostgreSQL. */
final class DedupScenario {
    private DedupScenario() {}

    static void run(DataSource ledger, MutableClock clock) {
        LocalIncidentStore store = LocalIncidentStore.of(ledger, Duration.ofHours(24), clock);
        IncidentDispatcher dispatcher = IncidentDispatcher.of(List.of(store), ledger, clock);

        SinkOutcome first = dispatcher.raise(Events.finding("ip-context", "203.0.113.66", "r1")).get(0);
        clock.advance(Duration.ofHours(2));
        SinkOutcome repeat = dispatcher.raise(Events.finding("ip-context", "203.0.113.66", "r2")).get(0);
        SinkOutcome other = dispatcher.raise(Events.finding("ip-context", "198.51.100.7", "r3")).get(0);
        SinkOutcome otherTemplate = dispatcher.raise(Events.finding("alert-triage", "203.0.113.66", "r4")).get(0);

        assertThat(first.action()).isEqualTo(SinkOutcome.Action.OPENED);
        assertThat(repeat.action()).isEqualTo(SinkOutcome.Action.COMMENTED);
        assertThat(repeat.incidentId()).isEqualTo(first.incidentId());
        assertThat(other.action()).isEqualTo(SinkOutcome.Action.OPENED);
        assertThat(otherTemplate.action()).isEqualTo(SinkOutcome.Action.OPENED);
        Incident incident = store.get(first.incidentId()).orElseThrow();
        assertThat(incident.occurrences()).isEqualTo(2);
        assertThat(incident.comments()).singleElement().satisfies(c -> {
            assertThat(c.runId()).isEqualTo("r2");
            assertThat(c.message()).contains("Malicious IP 203.0.113.66").contains("r2.html");
        });

        // The window runs from the last time the finding was seen: 23 hours after the repeat still comments.
        clock.advance(Duration.ofHours(23));
        assertThat(dispatcher.raise(Events.finding("ip-context", "203.0.113.66", "r5")).get(0).action())
                .isEqualTo(SinkOutcome.Action.COMMENTED);
        // A day and more of silence opens a new incident.
        clock.advance(Duration.ofHours(25));
        SinkOutcome later = dispatcher.raise(Events.finding("ip-context", "203.0.113.66", "r6")).get(0);
        assertThat(later.action()).isEqualTo(SinkOutcome.Action.OPENED);
        assertThat(later.incidentId()).isNotEqualTo(first.incidentId());

        // A closed incident is not commented on: the next finding opens a new one.
        assertThat(store.setStatus(later.incidentId(), "Closed")).isTrue();
        SinkOutcome afterClose = dispatcher.raise(Events.finding("ip-context", "203.0.113.66", "r7")).get(0);
        assertThat(afterClose.action()).isEqualTo(SinkOutcome.Action.OPENED);
        assertThat(store.list("open", 100)).extracting(Incident::id).doesNotContain(later.incidentId());
        assertThat(store.list(null, 100)).hasSize(5);
        assertThat(store.list("Closed", 100)).extracting(Incident::id).containsExactly(later.incidentId());
    }
}
