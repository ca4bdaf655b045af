package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.server.incident.IncidentDatabase;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.incident.IncidentEvent;
import io.huntbook.server.incident.LocalIncidentStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huntbook incidents list|show|close} over a ledger folder. */
class IncidentsCommand_ListsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path ledger;

    private String seed() {
        var dataSource = IncidentDatabase.h2(ledger);
        IncidentDatabase.migrate(dataSource);
        var store = LocalIncidentStore.of(dataSource, Duration.ofDays(1), Clock.systemUTC());
        var dispatcher = IncidentDispatcher.of(List.of(store), dataSource, Clock.systemUTC());
        String id = null;
        for (String run : List.of("r1", "r2")) {
            var outcome = dispatcher.raise(new IncidentEvent(IncidentEvent.dedupKey("ip-context", "203.0.113.66"),
                    "ip-context", "203.0.113.66", run, "Malicious IP 203.0.113.66", "listed", "high",
                    Instant.parse("2026-11-27T22:00:00Z"), URI.create("file:///out/" + run + ".ipynb"),
                    URI.create("file:///out/" + run + ".html"), null, List.of("huntbook"))).get(0);
            id = outcome.incidentId();
        }
        return id;
    }

    @Test
    void listShowAndClose() throws Exception {
        String id = seed();
        CliRun list = CliRun.of("incidents", "list", "--ledger", ledger.toString(), "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode rows = JSON.readTree(list.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("id", "created", "severity", "status",
                "occurrences", "template", "identifier", "title", "report");
        assertThat(rows.get(0).get("occurrences").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("created").asText()).endsWith("Z");

        CliRun show = CliRun.of("incidents", "show", id, "--ledger", ledger.toString());
        assertThat(show.out()).contains("Malicious IP 203.0.113.66").contains("r2.html");

        assertThat(CliRun.of("incidents", "close", id, "--ledger", ledger.toString()).exitCode()).isZero();
        CliRun open = CliRun.of("incidents", "list", "--status", "open", "--ledger", ledger.toString(), "--json");
        assertThat(JSON.readTree(open.out())).isEmpty();
    }

    @Test
    void aFolderWithoutALedgerIsBadInputAndNothingIsCreated() {
        CliRun run = CliRun.of("incidents", "list", "--ledger", ledger.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no ledger in").contains("huntbook demo");
        assertThat(ledger.resolve("nowhere")).doesNotExist();
        assertThat(CliRun.of("incidents", "list", "--status", "bogus", "--ledger", ledger.toString()).exitCode())
                .isEqualTo(2);
    }
}
