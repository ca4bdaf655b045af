package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A raw cell.
 *
 * @param attachments the cell's attachments (file name to MIME bundle), or {@code null} when the cell has none
 * @param extra fields nbformat does not define, kept through a round trip
 */
public record RawCell(String id, String source, ObjectNode metadata, @Nullable ObjectNode attachments,
        ObjectNode extra) implements Cell {
    public RawCell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String cellType() {
        return "raw";
    }

    @Override
    public RawCell withId(String newId) {
        return new RawCell(newId, source, metadata, attachments, extra);
    }

    @Override
    public RawCell withSource(String newSource) {
        return new RawCell(id, newSource, metadata, attachments, extra);
    }

    @Override
    public RawCell withMetadata(ObjectNode newMetadata) {
        return new RawCell(id, source, newMetadata, attachments, extra);
    }

    public RawCell withAttachments(@Nullable ObjectNode newAttachments) {
        return new RawCell(id, source, metadata, newAttachments, extra);
    }
}
