package io.huntbook.notebook.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.ErrorOutput;
import io.huntbook.notebook.Kernelspec;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.params.SecretCheck;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the header card and the error banner say about a run, read from {@code metadata.papermill} and the cells.
 *
 * @param status {@code succeeded}, {@code failed}, {@code incomplete} (papermill metadata without an end) or
 *     {@code unknown} (not run by papermill and no error)
 * @param parameters name to display value, secret-looking values already masked
 * @param failingCell the index of the cell that failed, when one did
 */
record RunSummary(String status, Map<String, String> parameters, Optional<String> start, Optional<String> end,
        Optional<String> duration, Optional<String> kernel, Optional<Integer> failingCell) {

    /** What a masked parameter shows instead of its value. */
    static final String MASK = "•••••• (hidden: looks like a secret)";

    private static final ObjectMapper JSON = new ObjectMapper();

    static RunSummary of(Notebook notebook) {
        Optional<ObjectNode> papermill = notebook.papermill();
        Optional<Integer> failing = failingCell(notebook);
        boolean exception = papermill.map(p -> p.path("exception").asBoolean(false)).orElse(false);
        String status;
        if (exception || failing.isPresent()) {
            status = "failed";
        } else if (papermill.isPresent()) {
            status = text(papermill.get().get("end_time")).isPresent() ? "succeeded" : "incomplete";
        } else {
            status = "unknown";
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        papermill.map(p -> p.get("parameters")).filter(JsonNode::isObject).ifPresent(params ->
                params.fields().forEachRemaining(e -> parameters.put(e.getKey(), display(e.getKey(), e.getValue()))));
        return new RunSummary(status, parameters,
                papermill.flatMap(p -> text(p.get("start_time"))),
                papermill.flatMap(p -> text(p.get("end_time"))),
                papermill.map(p -> p.get("duration")).filter(d -> d != null && d.isNumber())
                        .map(d -> duration(d.doubleValue())),
                notebook.kernelspec().map(Kernelspec::displayName),
                failing);
    }

    /** The parameter's value as JSON text, or {@link #MASK} when its name or value looks like a secret. */
    static String display(String name, JsonNode value) {
        Object plain = JSON.convertValue(value, Object.class);
        boolean empty = plain == null || (plain instanceof String s && s.isEmpty());
        if (SecretCheck.containsKeyFormat(plain) || (SecretCheck.isSecretName(name) && !empty)) {
            return MASK;
        }
        return value.toString();
    }

    /** {@code 1.99 s}, {@code 2 min 5 s}, {@code 1 h 2 min 5 s}. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        long whole = Math.round(seconds);
        long h = whole / 3600;
        long m = (whole % 3600) / 60;
        long s = whole % 60;
        return (h > 0 ? h + " h " : "") + m + " min " + s + " s";
    }

    /**
     * The first code cell with an error output; else the first cell papermill marked as failed
     * ({@code metadata.papermill.exception} or {@code status: failed}).
     */
    private static Optional<Integer> failingCell(Notebook notebook) {
        for (int i = 0; i < notebook.cells().size(); i++) {
            if (notebook.cell(i) instanceof CodeCell code
                    && code.outputs().stream().anyMatch(ErrorOutput.class::isInstance)) {
                return Optional.of(i);
            }
        }
        for (int i = 0; i < notebook.cells().size(); i++) {
            Cell cell = notebook.cell(i);
            Optional<ObjectNode> pm = cell.papermill();
            if (pm.isPresent() && (pm.get().path("exception").asBoolean(false)
                    || pm.get().path("status").asText("").equals("failed"))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }
}
