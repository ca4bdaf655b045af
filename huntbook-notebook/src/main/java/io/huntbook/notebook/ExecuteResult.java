package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The value of a cell's last expression, as a MIME bundle. */
public record ExecuteResult(@Nullable Integer executionCount, ObjectNode data, ObjectNode metadata, ObjectNode extra)
        implements RichOutput {
    public ExecuteResult {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String outputType() {
        return "execute_result";
    }
}
