package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * An error raised by a cell.
 *
 * @param ename the error's type name
 * @param evalue its message
 * @param traceback the traceback, one entry per frame (may hold ANSI colour codes, as kernels send them)
 */
public record ErrorOutput(String ename, String evalue, List<String> traceback, ObjectNode extra) implements Output {
    public ErrorOutput {
        Objects.requireNonNull(ename, "ename");
        Objects.requireNonNull(evalue, "evalue");
        traceback = List.copyOf(traceback);
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String outputType() {
        return "error";
    }
}
