package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** A displayed MIME bundle ({@code display(...)} in a notebook). */
public record DisplayData(ObjectNode data, ObjectNode metadata, ObjectNode extra) implements RichOutput {
    public DisplayData {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String outputType() {
        return "display_data";
    }
}
