package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A markdown cell.
 *
 * @param attachments the cell's attachments (file name to MIME bundle), or {@code null} when the cell has none
 * @param extra fields nbformat does not define, kept through a round trip
 */
public record MarkdownCell(String id, String source, ObjectNode metadata, @Nullable ObjectNode attachments,
        ObjectNode extra) implements Cell {
    public MarkdownCell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(extra, "extra");
    }

    @Override
    public String cellType() {
        return "markdown";
    }

    @Override
    public MarkdownCell withId(String newId) {
        return new MarkdownCell(newId, source, metadata, attachments, extra);
    }

    @Override
    public MarkdownCell withSource(String newSource) {
        return new MarkdownCell(id, newSource, metadata, attachments, extra);
    }

    @Override
    public MarkdownCell withMetadata(ObjectNode newMetadata) {
        return new MarkdownCell(id, source, newMetadata, attachments, extra);
    }

    public MarkdownCell withAttachments(@Nullable ObjectNode newAttachments) {
        return new MarkdownCell(id, source, metadata, newAttachments, extra);
    }
}
