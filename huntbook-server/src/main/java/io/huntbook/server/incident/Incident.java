package io.huntbook.server.incident;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An incident of the local store.
 *
 * @param status {@code New}, {@code Active} or {@code Closed} (Sentinel's names)
 * @param occurrences how many findings it holds: the one that opened it and those that commented on it
 */
public record Incident(String id, String title, @Nullable String description, @Nullable String severity, String status,
                       String template, String identifier, String runId, String output, @Nullable String report,
                       @Nullable String findingCopy, List<String> labels, int occurrences, Instant firstActivity,
                       Instant created, Instant updated, List<Comment> comments) {
    /** The statuses an incident can have. */
    public static final List<String> STATUSES = List.of("New", "Active", "Closed");

    public Incident {
        labels = List.copyOf(labels);
        comments = List.copyOf(comments);
    }

    /** A later finding of the same template and identifier. */
    public record Comment(String runId, String message, Instant created) {}

    /** Whether findings still comment on it. */
    public boolean isOpen() {
        return !status.equals("Closed");
    }

    /** The incident as {@code GET /api/incidents} and {@code incidents list --format json} give it. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.put("title", title);
        json.put("description", description);
        json.put("severity", severity);
        json.put("status", status);
        json.put("template", template);
        json.put("identifier", identifier);
        json.put("runId", runId);
        json.put("output", output);
        json.put("report", report);
        json.put("findingCopy", findingCopy);
        labels.forEach(json.putArray("labels")::add);
        json.put("occurrences", occurrences);
        json.put("firstActivityTimeUtc", firstActivity.toString());
        json.put("created", created.toString());
        json.put("updated", updated.toString());
        var list = json.putArray("comments");
        for (Comment c : comments) {
            list.addObject().put("runId", c.runId()).put("message", c.message()).put("created", c.created().toString());
        }
        return json;
    }
}
