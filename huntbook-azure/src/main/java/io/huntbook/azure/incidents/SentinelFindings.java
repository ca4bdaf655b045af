package io.huntbook.azure.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Findings as Sentinel incidents: a new finding opens an incident; a repeat (the caller decides what repeats) adds a
 * comment and moves the incident's last activity forward, with the etag, unless the incident is closed or gone.
 */
public final class SentinelFindings {
    private final SentinelIncidents incidents;

    public SentinelFindings(SentinelIncidents incidents) {
        this.incidents = incidents;
    }

    /** An incident opened in Sentinel: its id (a GUID) and portal link. */
    public record Opened(String id, @Nullable String link) {}

    /**
     * Opens an incident.
     *
     * @param severity the glued severity, mapped by {@link IncidentDraft#severity(String)}
     * @param description shown in Sentinel; include the report's location
     */
    public Opened open(String title, @Nullable String severity, String description, Instant firstActivity,
                       List<String> labels) {
        String id = UUID.randomUUID().toString();
        SentinelIncident created = incidents.create(id, new IncidentDraft(title, IncidentDraft.severity(severity),
                "New", description, firstActivity, firstActivity, labels));
        return new Opened(created.name().isEmpty() ? id : created.name(), created.incidentUrl());
    }

    /**
     * Adds a repeat to incident {@code id}: a comment with {@code message}, then the last activity set to {@code at}.
     *
     * @return false when the incident is closed or no longer exists (a new one should be opened)
     */
    public boolean recur(String id, String message, Instant at) {
        Optional<SentinelIncident> current = incidents.get(id);
        if (current.isEmpty() || !current.get().isOpen()) {
            return false;
        }
        incidents.comment(id, UUID.randomUUID().toString(), message);
        incidents.update(id, draft -> new IncidentDraft(draft.title(), draft.severity(), draft.status(),
                draft.description(), draft.firstActivity(), at, draft.labels()));
        return true;
    }
}
