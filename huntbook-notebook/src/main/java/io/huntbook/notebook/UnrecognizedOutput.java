package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** An output of a type nbformat does not define; all its other fields stay in {@link #extra()} as read. */
public record UnrecognizedOutput(String outputType, ObjectNode extra) implements Output {
    public UnrecognizedOutput {
        Objects.requireNonNull(outputType, "outputType");
        Objects.requireNonNull(extra, "extra");
    }
}
