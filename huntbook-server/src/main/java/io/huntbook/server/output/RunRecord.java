package io.huntbook.server.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.scraps.Finding;
import io.huntbook.server.incident.SinkOutcome;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a run left behind: how it ended, its outputs, its finding and what each incident sink did with it.
 *
 * @param status {@code succeeded}, {@code failed}, {@code timed_out}, {@code died} (or {@code refused} for a job that
 *     never ran)
 * @param exitCode the exit code of DESIGN.md §6.A
 * @param message one line on why it did not succeed, or empty
 * @param outputName the output's name under the store, or null when nothing was written
 */
public record RunRecord(String template, String identifier, String runId, String status, int exitCode, String message,
                        Instant started, Instant ended, @Nullable String outputName, @Nullable URI output,
                        @Nullable URI strippedCopy, @Nullable URI report, @Nullable URI findingCopy,
                        @Nullable Finding finding, List<SinkOutcome> incidents) {
    public RunRecord {
        incidents = List.copyOf(incidents);
    }

    /** The local incident's id, when the local store is among the sinks and took the finding. */
    public Optional<String> localIncident() {
        return incidents.stream().filter(o -> o.sink().equals("local") && o.incidentId() != null)
                .map(SinkOutcome::incidentId).findFirst();
    }

    /** One run of the {@code runs} array of {@code huntbook demo --format json} (DESIGN.md §6.A). */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("template", template);
        json.put("identifier", identifier);
        json.put("runId", runId);
        json.put("status", status);
        json.put("exitCode", exitCode);
        json.put("message", message.isEmpty() ? null : message);
        json.put("started", started.toString());
        json.put("ended", ended.toString());
        json.put("output", path(output));
        json.put("strippedCopy", path(strippedCopy));
        json.put("finding", finding != null);
        json.put("title", finding == null ? null : finding.title());
        json.put("severity", finding == null ? null : finding.severity());
        json.put("report", path(report));
        json.put("findingCopy", path(findingCopy));
        json.put("incident", localIncident().orElse(null));
        var sinks = json.putArray("incidents");
        for (SinkOutcome o : incidents) {
            ObjectNode sink = sinks.addObject();
            sink.put("sink", o.sink());
            sink.put("action", o.action().name().toLowerCase(java.util.Locale.ROOT));
            sink.put("id", o.incidentId());
            sink.put("link", o.link());
            sink.put("message", o.message().isEmpty() ? null : o.message());
        }
        return json;
    }

    /** A file URI as a plain path (what people paste into a shell), any other URI as it is. */
    static @Nullable String path(@Nullable URI uri) {
        if (uri == null) {
            return null;
        }
        return "file".equals(uri.getScheme()) ? java.nio.file.Path.of(uri).toString() : uri.toString();
    }
}
