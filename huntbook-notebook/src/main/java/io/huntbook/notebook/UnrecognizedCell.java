package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A cell of a type nbformat does not know (its schema allows them). Everything but the type, id and metadata stays in
 * {@link #extra()} as read; a {@code source} there is joined and split the way nbformat does for every cell.
 */
public record UnrecognizedCell(String id, String cellType, ObjectNode metadata, ObjectNode extra) implements Cell {
    public UnrecognizedCell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cellType, "cellType");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String source() {
        JsonNode source = extra.get("source");
        return source != null && source.isTextual() ? source.textValue() : "";
    }

    @Override
    public UnrecognizedCell withId(String newId) {
        return new UnrecognizedCell(newId, cellType, metadata, extra);
    }

    @Override
    public UnrecognizedCell withSource(String newSource) {
        ObjectNode copy = extra.deepCopy();
        copy.put("source", newSource);
        return new UnrecognizedCell(id, cellType, metadata, copy);
    }

    @Override
    public UnrecognizedCell withMetadata(ObjectNode newMetadata) {
        return new UnrecognizedCell(id, cellType, newMetadata, extra);
    }
}
