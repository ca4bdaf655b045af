package io.huntbook.server.incident;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Incident events for tests. */
final class Events {
    private Events() {}

    static IncidentEvent finding(String template, String identifier, String runId) {
        return new IncidentEvent(IncidentEvent.dedupKey(template, identifier), template, identifier, runId,
                "Malicious IP " + identifier, "seen in 3 sign-ins", "high", Instant.parse("2026-11-27T22:00:00Z"),
                URI.create("file:///out/" + runId + ".ipynb"), URI.create("file:///out/" + runId + ".html"),
                URI.create("file:///out/findings/" + runId + ".ipynb"), List.of("huntbook", template));
    }
}
