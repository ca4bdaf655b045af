package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the model into the JSON nbformat writes: multi-line strings split into lines where {@code split_lines} splits
 * them, transient fields stripped, unknown fields put back.
 */
final class NotebookWriter {
    private NotebookWriter() {}

    static ObjectNode toJson(Notebook notebook) {
        ObjectNode root = notebook.extra().deepCopy();
        ArrayNode cells = root.putArray("cells");
        for (Cell cell : notebook.cells()) {
            cells.add(cell(cell));
        }
        root.set("metadata", DiskForm.stripTransient(notebook.metadata(), DiskForm.TRANSIENT_NOTEBOOK_KEYS));
        root.put("nbformat", notebook.nbformat());
        root.put("nbformat_minor", notebook.nbformatMinor());
        return root;
    }

    private static ObjectNode cell(Cell cell) {
        ObjectNode json = cell.extra().deepCopy();
        json.put("cell_type", cell.cellType());
        json.put("id", cell.id());
        json.set("metadata", DiskForm.stripTransient(cell.metadata(), DiskForm.TRANSIENT_CELL_KEYS));
        switch (cell) {
            case CodeCell code -> {
                json.set("source", DiskForm.lines(code.source()));
                json.set("execution_count", count(code.executionCount()));
                ArrayNode outputs = json.putArray("outputs");
                for (Output output : code.outputs()) {
                    outputs.add(output(output));
                }
            }
            case MarkdownCell markdown -> {
                json.set("source", DiskForm.lines(markdown.source()));
                if (markdown.attachments() != null) {
                    json.set("attachments", markdown.attachments());
                }
            }
            case RawCell raw -> {
                json.set("source", DiskForm.lines(raw.source()));
                if (raw.attachments() != null) {
                    json.set("attachments", raw.attachments());
                }
            }
            case UnrecognizedCell other -> {
                if (other.extra().get("source") instanceof JsonNode source && source.isTextual()) {
                    json.set("source", DiskForm.lines(source.textValue()));
                }
            }
        }
        // nbformat splits the attachments of any cell that has them.
        if (json.get("attachments") instanceof ObjectNode attachments) {
            json.set("attachments", DiskForm.splitAttachments(attachments));
        }
        return json;
    }

    private static ObjectNode output(Output output) {
        ObjectNode json = output.extra().deepCopy();
        json.put("output_type", output.outputType());
        switch (output) {
            case StreamOutput stream -> {
                json.put("name", stream.name());
                json.set("text", DiskForm.lines(stream.text()));
            }
            case DisplayData display -> {
                json.set("data", DiskForm.splitMimeBundle(display.data()));
                json.set("metadata", display.metadata());
            }
            case ExecuteResult result -> {
                json.set("execution_count", count(result.executionCount()));
                json.set("data", DiskForm.splitMimeBundle(result.data()));
                json.set("metadata", result.metadata());
            }
            case ErrorOutput error -> {
                json.put("ename", error.ename());
                json.put("evalue", error.evalue());
                ArrayNode traceback = json.putArray("traceback");
                error.traceback().forEach(traceback::add);
            }
            case UnrecognizedOutput ignored -> {
                // Written back as read: nbformat splits nothing in outputs it does not know.
            }
        }
        return json;
    }

    private static JsonNode count(Integer count) {
        return count == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.numberNode(count);
    }
}
