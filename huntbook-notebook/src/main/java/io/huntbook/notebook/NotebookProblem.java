package io.huntbook.notebook;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a notebook, and where: the cell (by index from 0, and by id when it has one) and the field, as a
 * path inside the cell ({@code outputs[0].text}) or inside the notebook when no cell is at fault
 * ({@code metadata.kernelspec.name}).
 *
 * @param cellIndex the cell's index, or {@code null} when the problem is outside the cells
 * @param cellId the cell's id, or {@code null} when it has none or the problem is outside the cells
 * @param field the field at fault, or {@code ""} for the whole document
 * @param message what is wrong, and what to do when that is not obvious
 */
public record NotebookProblem(@Nullable Integer cellIndex, @Nullable String cellId, String field, String message) {
    /** A problem outside the cells. */
    public static NotebookProblem ofNotebook(String field, String message) {
        return new NotebookProblem(null, null, field, message);
    }

    /** One line: {@code cell 3 (id "ab12cd34"), field outputs[0].name: message}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (cellIndex != null) {
            text.append("cell ").append(cellIndex);
            if (cellId != null) {
                text.append(" (id \"").append(cellId).append("\")");
            }
            if (!field.isEmpty()) {
                text.append(", field ").append(field);
            }
            text.append(": ");
        } else if (!field.isEmpty()) {
            text.append("field ").append(field).append(": ");
        }
        text.append(message);
        return text.toString();
    }
}
