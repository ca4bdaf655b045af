package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a notebook's JSON into the model, as {@code nbformat.reads} then {@code nbformat.v4.upgrade} would: multi-line
 * strings joined, transient fields stripped, and cell ids added (every cell of a 4.0-4.4 notebook gets a fresh one; in
 * a 4.5 notebook, missing and duplicate ids are replaced). A field of the wrong shape is an error naming the cell and
 * the field; nbformat would keep such a notebook in memory, but nothing could run it.
 */
final class NotebookReader {
    private NotebookReader() {}

    private static final Set<String> NOTEBOOK_FIELDS = Set.of("nbformat", "nbformat_minor", "metadata", "cells");
    private static final Set<String> CODE_FIELDS = Set.of("id", "cell_type", "metadata", "source", "outputs",
            "execution_count");
    private static final Set<String> TEXT_FIELDS = Set.of("id", "cell_type", "metadata", "source", "attachments");
    private static final Set<String> OTHER_CELL_FIELDS = Set.of("id", "cell_type", "metadata");

    static Notebook read(JsonNode root, boolean finalNewline) {
        if (!(root instanceof ObjectNode notebook)) {
            throw fail(NotebookProblem.ofNotebook("", "not a notebook: the JSON document is "
                    + article(root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + ", not an object"));
        }
        int major = version(notebook);
        if (major != Notebook.NBFORMAT) {
            throw fail(NotebookProblem.ofNotebook("nbformat", "nbformat " + major
                    + " is not supported: Huntbook reads nbformat 4 (4.0 to 4.5); upgrade the notebook with"
                    + " `jupyter nbconvert --to notebook` first"));
        }
        JsonNode minorNode = notebook.get("nbformat_minor");
        if (minorNode == null || !minorNode.canConvertToExactIntegral() || !minorNode.canConvertToInt()
                || minorNode.intValue() < 0) {
            throw fail(NotebookProblem.ofNotebook("nbformat_minor", minorNode == null ? "missing"
                    : "must be a non-negative integer, not " + minorNode));
        }
        int minor = minorNode.intValue();
        ObjectNode metadata = DiskForm.stripTransient(object(notebook, "metadata", null, null, "metadata"),
                DiskForm.TRANSIENT_NOTEBOOK_KEYS);
        JsonNode cellsNode = notebook.get("cells");
        if (cellsNode == null || !cellsNode.isArray()) {
            throw fail(NotebookProblem.ofNotebook("cells", cellsNode == null ? "missing" : "must be a list of cells"));
        }
        List<Cell> cells = new ArrayList<>(cellsNode.size());
        Set<Integer> missingIds = new HashSet<>();
        for (int i = 0; i < cellsNode.size(); i++) {
            JsonNode cellNode = cellsNode.get(i);
            if (!(cellNode instanceof ObjectNode cell)) {
                throw fail(new NotebookProblem(i, null, "", "a cell must be an object, not " + cellNode));
            }
            String id = cellId(cell, i);
            if (id == null) {
                missingIds.add(i);
            }
            cells.add(cell(cell, i, id == null ? "" : id));
        }
        if (minor < Notebook.NBFORMAT_MINOR) {
            // nbformat.v4.upgrade gives every cell a new id when it lifts a notebook to 4.5.
            Set<String> taken = new HashSet<>();
            List<Cell> upgraded = new ArrayList<>(cells.size());
            for (Cell cell : cells) {
                String fresh = CellIds.randomNotIn(taken);
                taken.add(fresh);
                upgraded.add(cell.withId(fresh));
            }
            cells = upgraded;
            minor = Notebook.NBFORMAT_MINOR;
        } else {
            cells = CellIds.normalize(cells, missingIds);
        }
        return new Notebook(major, minor, metadata, cells, DiskForm.without(notebook, NOTEBOOK_FIELDS), finalNewline);
    }

    private static int version(ObjectNode notebook) {
        JsonNode major = notebook.get("nbformat");
        if (major == null) {
            throw fail(NotebookProblem.ofNotebook("nbformat", "missing: this is not a Jupyter notebook"));
        }
        if (!major.canConvertToExactIntegral() || !major.canConvertToInt()) {
            throw fail(NotebookProblem.ofNotebook("nbformat", "must be an integer, not " + major));
        }
        return major.intValue();
    }

    private static @Nullable String cellId(ObjectNode cell, int index) {
        JsonNode id = cell.get("id");
        if (id == null) {
            return null;
        }
        if (!id.isTextual()) {
            throw fail(new NotebookProblem(index, null, "id", "must be a string, not " + id));
        }
        return id.textValue();
    }

    private static Cell cell(ObjectNode cell, int index, String id) {
        String idOrNull = id.isEmpty() ? null : id;
        JsonNode typeNode = cell.get("cell_type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw fail(new NotebookProblem(index, idOrNull, "cell_type",
                    typeNode == null ? "missing" : "must be a string, not " + typeNode));
        }
        String type = typeNode.textValue();
        ObjectNode metadata = DiskForm.stripTransient(object(cell, "metadata", index, idOrNull, "metadata"),
                DiskForm.TRANSIENT_CELL_KEYS);
        return switch (type) {
            case "code" -> new CodeCell(id, source(cell, index, idOrNull), metadata,
                    executionCount(cell, index, idOrNull, ""), outputs(cell, index, idOrNull), extra(cell, CODE_FIELDS));
            case "markdown" -> new MarkdownCell(id, source(cell, index, idOrNull), metadata,
                    attachments(cell, index, idOrNull), extra(cell, TEXT_FIELDS));
            case "raw" -> new RawCell(id, source(cell, index, idOrNull), metadata,
                    attachments(cell, index, idOrNull), extra(cell, TEXT_FIELDS));
            default -> new UnrecognizedCell(id, type, metadata, extra(cell, OTHER_CELL_FIELDS));
        };
    }

    /** Unknown fields, with {@code source} and attachments joined as nbformat joins them on every cell. */
    private static ObjectNode extra(ObjectNode cell, Set<String> known) {
        ObjectNode extra = DiskForm.without(cell, known);
        JsonNode source = extra.get("source");
        if (source != null) {
            extra.set("source", DiskForm.joinIfLines(source));
        }
        if (extra.get("attachments") instanceof ObjectNode attachments) {
            extra.set("attachments", rejoinAttachments(attachments));
        }
        return extra;
    }

    private static String source(ObjectNode cell, int index, @Nullable String id) {
        JsonNode source = cell.get("source");
        if (source == null) {
            throw fail(new NotebookProblem(index, id, "source", "missing"));
        }
        JsonNode joined = DiskForm.joinIfLines(source);
        if (!joined.isTextual()) {
            throw fail(new NotebookProblem(index, id, "source", "must be a string or a list of strings"));
        }
        return joined.textValue();
    }

    private static @Nullable Integer executionCount(ObjectNode node, int index, @Nullable String id, String prefix) {
        JsonNode count = node.get("execution_count");
        String field = prefix + "execution_count";
        if (count == null) {
            throw fail(new NotebookProblem(index, id, field, "missing (use null for a cell that has not run)"));
        }
        if (count.isNull()) {
            return null;
        }
        if (!count.canConvertToExactIntegral() || !count.canConvertToInt()) {
            throw fail(new NotebookProblem(index, id, field, "must be an integer or null, not " + count));
        }
        return count.intValue();
    }

    private static @Nullable ObjectNode attachments(ObjectNode cell, int index, @Nullable String id) {
        JsonNode attachments = cell.get("attachments");
        if (attachments == null) {
            return null;
        }
        if (!(attachments instanceof ObjectNode object)) {
            throw fail(new NotebookProblem(index, id, "attachments", "must be an object, not " + attachments));
        }
        for (var it = object.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().isObject()) {
                throw fail(new NotebookProblem(index, id, "attachments." + entry.getKey(),
                        "must be a MIME bundle object"));
            }
        }
        return rejoinAttachments(object);
    }

    private static ObjectNode rejoinAttachments(ObjectNode attachments) {
        ObjectNode copy = Json.object();
        for (var it = attachments.fields(); it.hasNext(); ) {
            var entry = it.next();
            copy.set(entry.getKey(), entry.getValue() instanceof ObjectNode bundle
                    ? DiskForm.rejoinMimeBundle(bundle) : entry.getValue());
        }
        return copy;
    }

    private static List<Output> outputs(ObjectNode cell, int index, @Nullable String id) {
        JsonNode outputs = cell.get("outputs");
        if (outputs == null || !outputs.isArray()) {
            throw fail(new NotebookProblem(index, id, "outputs", outputs == null ? "missing" : "must be a list"));
        }
        List<Output> result = new ArrayList<>(outputs.size());
        for (int o = 0; o < outputs.size(); o++) {
            result.add(output(outputs.get(o), index, id, "outputs[" + o + "]"));
        }
        return result;
    }

    private static Output output(JsonNode node, int index, @Nullable String id, String path) {
        if (!(node instanceof ObjectNode output)) {
            throw fail(new NotebookProblem(index, id, path, "an output must be an object, not " + node));
        }
        String type = string(output, "output_type", index, id, path);
        return switch (type) {
            case "stream" -> new StreamOutput(string(output, "name", index, id, path),
                    text(output, index, id, path), DiskForm.without(output, Set.of("output_type", "name", "text")));
            case "display_data" -> new DisplayData(
                    DiskForm.rejoinMimeBundle(object(output, "data", index, id, path + ".data")),
                    object(output, "metadata", index, id, path + ".metadata"),
                    DiskForm.without(output, Set.of("output_type", "data", "metadata")));
            case "execute_result" -> new ExecuteResult(executionCount(output, index, id, path + "."),
                    DiskForm.rejoinMimeBundle(object(output, "data", index, id, path + ".data")),
                    object(output, "metadata", index, id, path + ".metadata"),
                    DiskForm.without(output, Set.of("output_type", "execution_count", "data", "metadata")));
            case "error" -> new ErrorOutput(string(output, "ename", index, id, path),
                    string(output, "evalue", index, id, path), traceback(output, index, id, path),
                    DiskForm.without(output, Set.of("output_type", "ename", "evalue", "traceback")));
            default -> {
                ObjectNode extra = DiskForm.without(output, Set.of("output_type"));
                JsonNode text = extra.get("text");
                if (text != null) {
                    extra.set("text", DiskForm.joinIfLines(text));
                }
                yield new UnrecognizedOutput(type, extra);
            }
        };
    }

    private static String text(ObjectNode output, int index, @Nullable String id, String path) {
        JsonNode text = output.get("text");
        if (text == null) {
            throw fail(new NotebookProblem(index, id, path + ".text", "missing"));
        }
        JsonNode joined = DiskForm.joinIfLines(text);
        if (!joined.isTextual()) {
            throw fail(new NotebookProblem(index, id, path + ".text", "must be a string or a list of strings"));
        }
        return joined.textValue();
    }

    private static List<String> traceback(ObjectNode output, int index, @Nullable String id, String path) {
        JsonNode traceback = output.get("traceback");
        if (traceback == null || !traceback.isArray()) {
            throw fail(new NotebookProblem(index, id, path + ".traceback",
                    traceback == null ? "missing" : "must be a list of strings"));
        }
        List<String> lines = new ArrayList<>(traceback.size());
        for (JsonNode line : traceback) {
            if (!line.isTextual()) {
                throw fail(new NotebookProblem(index, id, path + ".traceback", "must be a list of strings"));
            }
            lines.add(line.textValue());
        }
        return lines;
    }

    private static String string(ObjectNode node, String field, int index, @Nullable String id, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw fail(new NotebookProblem(index, id, path + "." + field,
                    value == null ? "missing" : "must be a string, not " + value));
        }
        return value.textValue();
    }

    private static ObjectNode object(ObjectNode node, String field, @Nullable Integer index, @Nullable String id,
            String path) {
        JsonNode value = node.get(field);
        if (value instanceof ObjectNode object) {
            return object;
        }
        String message = value == null ? "missing" : "must be an object, not " + value;
        throw fail(new NotebookProblem(index, id, path, message));
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static NotebookFormatException fail(NotebookProblem problem) {
        return new NotebookFormatException(problem);
    }
}
