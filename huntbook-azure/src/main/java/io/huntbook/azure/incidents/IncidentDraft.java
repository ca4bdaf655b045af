package io.huntbook.azure.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What Huntbook writes to a Sentinel incident.
 *
 * @param severity {@code High}, {@code Medium}, {@code Low} or {@code Informational} ({@link #severity(String)} maps
 *     other words)
 * @param status {@code New}, {@code Active} or {@code Closed}
 */
public record IncidentDraft(String title, String severity, String status, @Nullable String description,
                            @Nullable Instant firstActivity, @Nullable Instant lastActivity, List<String> labels) {
    /** Sentinel's severities. */
    public static final List<String> SEVERITIES = List.of("High", "Medium", "Low", "Informational");

    public IncidentDraft {
        labels = List.copyOf(labels);
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("Sentinel severity must be one of " + SEVERITIES + ", not " + severity);
        }
        if (!List.of("New", "Active", "Closed").contains(status)) {
            throw new IllegalArgumentException("Sentinel status must be New, Active or Closed, not " + status);
        }
    }

    /**
     * A glued severity in Sentinel's words: high/critical → High, medium/warning → Medium, low → Low,
     * info/information/informational → Informational; anything else (or none) → Medium, so nothing is lost quietly.
     */
    public static String severity(@Nullable String glued) {
        String s = glued == null ? "" : glued.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "high", "critical", "severe", "2" -> "High";
            case "low", "1" -> "Low";
            case "info", "information", "informational", "0" -> "Informational";
            default -> "Medium";
        };
    }
}
