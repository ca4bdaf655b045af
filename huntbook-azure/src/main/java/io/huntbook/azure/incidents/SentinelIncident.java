package io.huntbook.azure.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An incident as Sentinel returns it.
 *
 * @param name the incident id (the last segment of its resource id)
 * @param etag the version to send with an update
 * @param incidentUrl the portal link, when Sentinel gives one
 */
public record SentinelIncident(String name, @Nullable String etag, String title, String severity, String status,
                               @Nullable String description, @Nullable Integer incidentNumber,
                               @Nullable String incidentUrl, @Nullable Instant firstActivity, List<String> labels) {
    public SentinelIncident {
        labels = List.copyOf(labels);
    }

    static SentinelIncident of(JsonNode json) {
        JsonNode p = json.path("properties");
        List<String> labels = new ArrayList<>();
        p.path("labels").forEach(l -> labels.add(l.path("labelName").asText()));
        return new SentinelIncident(json.path("name").asText(), text(json, "etag"), p.path("title").asText(),
                p.path("severity").asText(), p.path("status").asText(), text(p, "description"),
                p.hasNonNull("incidentNumber") ? p.get("incidentNumber").asInt() : null, text(p, "incidentUrl"),
                firstActivity(p), labels);
    }

    /** Whether findings may still comment on it. */
    public boolean isOpen() {
        return !status.equalsIgnoreCase("Closed");
    }

    /** The draft that writes this incident back unchanged (to change one field of it). */
    public IncidentDraft toDraft() {
        return new IncidentDraft(title, IncidentDraft.SEVERITIES.contains(severity) ? severity : "Medium",
                List.of("New", "Active", "Closed").contains(status) ? status : "New", description, firstActivity, null, labels);
    }

    private static @Nullable Instant firstActivity(JsonNode properties) {
        String text = text(properties, "firstActivityTimeUtc");
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
