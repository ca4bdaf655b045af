package io.huntbook.runner;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.MarkdownCell;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** papermill's two markers of a failed run: one at the top linking to the failing cell, one just before it. */
final class ErrorCells {
    static final String TAG = "papermill-error-cell-tag";
    private static final String STYLE = "color:red; font-family:Helvetica Neue, Helvetica, Arial, sans-serif;"
            + " font-size:2em;";

    private ErrorCells() {}

    /** The cells with the two markers inserted around the failing cell at {@code failed}. */
    static List<Cell> insert(List<Cell> cells, int failed, @Nullable Integer executionCount) {
        Set<String> taken = new HashSet<>();
        cells.forEach(c -> taken.add(c.id()));
        String count = executionCount == null ? " " : executionCount.toString();
        Cell top = marker("<span style=\"" + STYLE + "\">An Exception was encountered at '<a href=\"#papermill-error-cell\">In ["
                + count + "]</a>'.</span>", taken);
        Cell before = marker("<span id=\"papermill-error-cell\" style=\"" + STYLE
                + "\">Execution using papermill encountered an exception here and stopped:</span>", taken);
        java.util.ArrayList<Cell> result = new java.util.ArrayList<>(cells);
        result.add(failed, before);
        result.add(0, top);
        return result;
    }

    private static Cell marker(String source, Set<String> taken) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        while (!taken.add(id)) {
            id = UUID.randomUUID().toString().substring(0, 8);
        }
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.putArray("tags").add(TAG);
        return new MarkdownCell(id, source, metadata, null, JsonNodeFactory.instance.objectNode());
    }
}
