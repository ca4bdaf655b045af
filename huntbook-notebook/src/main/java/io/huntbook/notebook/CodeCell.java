package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A code cell: source, outputs and execution count ({@code null} when the cell has not run).
 *
 * @param extra fields nbformat does not define, kept through a round trip
 */
public record CodeCell(String id, String source, ObjectNode metadata, @Nullable Integer executionCount,
        List<Output> outputs, ObjectNode extra) implements Cell {
    public CodeCell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String cellType() {
        return "code";
    }

    @Override
    public CodeCell withId(String newId) {
        return new CodeCell(newId, source, metadata, executionCount, outputs, extra);
    }

    @Override
    public CodeCell withSource(String newSource) {
        return new CodeCell(id, newSource, metadata, executionCount, outputs, extra);
    }

    @Override
    public CodeCell withMetadata(ObjectNode newMetadata) {
        return new CodeCell(id, source, newMetadata, executionCount, outputs, extra);
    }

    public CodeCell withExecutionCount(@Nullable Integer count) {
        return new CodeCell(id, source, metadata, count, outputs, extra);
    }

    public CodeCell withOutputs(List<Output> newOutputs) {
        return new CodeCell(id, source, metadata, executionCount, newOutputs, extra);
    }

    /** A copy with {@code output} appended. */
    public CodeCell withOutput(Output output) {
        List<Output> all = new ArrayList<>(outputs.size() + 1);
        all.addAll(outputs);
        all.add(output);
        return withOutputs(all);
    }

    /** A copy with no outputs and no execution count, as before a run. */
    public CodeCell cleared() {
        return new CodeCell(id, source, metadata, null, List.of(), extra);
    }
}
