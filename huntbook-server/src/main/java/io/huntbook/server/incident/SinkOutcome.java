package io.huntbook.server.incident;

import org.jspecify.annotations.Nullable;

/**
 * What one sink did with one finding.
 *
 * @param sink the sink's name
 * @param action opened, commented on an open incident, or failed
 * @param incidentId the incident's id in that system, or null when it failed
 * @param link where people see it, or null
 * @param message why it failed, or empty
 */
public record SinkOutcome(String sink, Action action, @Nullable String incidentId, @Nullable String link,
                          String message) {
    /** What a sink did. */
    public enum Action { OPENED, COMMENTED, FAILED }
}
