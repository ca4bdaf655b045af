package io.huntbook.notebook.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.MarkdownCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.PythonJson;
import io.huntbook.notebook.RawCell;
import io.huntbook.notebook.UnrecognizedCell;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a notebook in the percent format as jupytext does: a YAML header with the kernel and jupytext's
 * {@code text_representation}, then each cell as a {@code %%} marker line (title, {@code [markdown]} or {@code [raw]},
 * {@code key=value} metadata with JSON values) followed by its lines, cells separated by one blank line. Outputs and
 * cell ids are not part of a text notebook.
 */
final class PercentWriter {
    /** Cell metadata jupytext leaves out of text notebooks (they belong to the .ipynb). */
    static final Set<String> IGNORED_CELL_METADATA = Set.of("autoscroll", "collapsed", "scrolled", "trusted",
            "execution", "ExecuteTime", "skipline", "noskipline", "cell_marker", "lines_to_next_cell",
            "lines_to_end_of_cell_marker");
    /** Notebook metadata the header carries: the kernel, and jupytext's own. */
    static final List<String> HEADER_METADATA = List.of("jupytext", "kernelspec", "language_info", "kernel_info");
    private static final Pattern METADATA_KEY = Pattern.compile("[a-zA-Z0-9_.-]+");
    /** A title that reads back as a title: no brackets, braces, '=', line breaks, and no word starting with '.'. */
    private static final Pattern PLAIN_TITLE = Pattern.compile("(?!\\.)[^\\[\\]{}=\\s.][^\\[\\]{}=\\n\\r]*(?<!\\s)");

    private static final Pattern LAST_WORD_DOTTED = Pattern.compile(".*\\s\\.\\S*");

    private final TextFormat format;
    private final Magics magics;

    PercentWriter(TextFormat format) {
        this.format = format;
        this.magics = new Magics(format);
    }

    String write(Notebook notebook) {
        List<String> lines = new ArrayList<>();
        ObjectNode jupytext = notebook.metadata().get("jupytext") instanceof ObjectNode j ? j : null;
        if (jupytext != null && jupytext.path("executable").isTextual()) {
            lines.add("#!" + jupytext.get("executable").textValue());
        }
        if (jupytext != null && jupytext.path("encoding").isTextual()) {
            lines.add(jupytext.get("encoding").textValue());
        }
        header(notebook, lines);
        boolean first = true;
        for (Cell cell : notebook.cells()) {
            if (!first) {
                lines.add("");
            }
            first = false;
            cell(cell, lines);
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private void header(Notebook notebook, List<String> lines) {
        ObjectNode jupyter = JsonNodeFactory.instance.objectNode();
        for (String key : HEADER_METADATA) {
            JsonNode value = notebook.metadata().get(key);
            if (value != null) {
                jupyter.set(key, value.deepCopy());
            }
        }
        ObjectNode jupytext = jupyter.get("jupytext") instanceof ObjectNode j ? j : jupyter.putObject("jupytext");
        jupytext.remove(List.of("executable", "encoding"));
        ObjectNode representation = jupytext.putObject("text_representation");
        representation.put("extension", format.extension());
        representation.put("format_name", "percent");
        representation.put("format_version", "1.3");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("jupyter", jupyter);
        lines.add(format.comment() + " ---");
        for (String line : YamlHeader.dump(root)) {
            lines.add(line.isEmpty() ? format.comment() : format.comment() + " " + line);
        }
        lines.add(format.comment() + " ---");
        lines.add("");
    }

    private void cell(Cell cell, List<String> lines) {
        String type = switch (cell) {
            case CodeCell ignored -> null;
            case MarkdownCell ignored -> "markdown";
            case RawCell ignored -> "raw";
            case UnrecognizedCell other -> other.cellType();
        };
        lines.add(marker(cell.metadata(), type));
        if (cell.source().isEmpty()) {
            return;
        }
        for (String line : cell.source().split("\n", -1)) {
            if (type == null) {
                lines.add(magics.escapeCode(line));
            } else {
                String commented = line.isEmpty() ? format.comment() : format.comment() + " " + line;
                lines.add(magics.escapeMarker(commented));
            }
        }
    }

    /** {@code // %% Title [markdown] tags=["parameters"]}. */
    private String marker(ObjectNode metadata, String type) {
        List<String> parts = new ArrayList<>();
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!IGNORED_CELL_METADATA.contains(entry.getKey())) {
                rest.set(entry.getKey(), entry.getValue());
            }
        }
        JsonNode title = rest.get("title");
        if (title != null && title.isTextual() && PLAIN_TITLE.matcher(title.textValue()).matches()
                && !LAST_WORD_DOTTED.matcher(title.textValue()).matches()) {
            parts.add(title.textValue());
            rest.remove("title");
        }
        if (type != null) {
            parts.add("[" + type + "]");
        }
        if (!rest.isEmpty()) {
            boolean keysPlain = true;
            for (Iterator<String> it = rest.fieldNames(); it.hasNext(); ) {
                keysPlain &= METADATA_KEY.matcher(it.next()).matches();
            }
            if (keysPlain) {
                for (Iterator<Map.Entry<String, JsonNode>> it = rest.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    parts.add(entry.getKey() + "=" + PythonJson.dumpsInline(entry.getValue()));
                }
            } else {
                parts.add(PythonJson.dumpsInline(rest));
            }
        }
        return parts.isEmpty() ? format.comment() + " %%" : format.comment() + " %% " + String.join(" ", parts);
    }
}
