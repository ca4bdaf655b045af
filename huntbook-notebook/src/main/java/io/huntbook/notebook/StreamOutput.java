package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Text written to a stream.
 *
 * @param name {@code stdout} or {@code stderr}
 * @param text the text, whole
 */
public record StreamOutput(String name, String text, ObjectNode extra) implements Output {
    public StreamOutput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String outputType() {
        return "stream";
    }
}
