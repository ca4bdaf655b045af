package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One cell of a notebook. Cells are immutable values: every {@code with...} method returns a new cell.
 *
 * <p>The JSON objects a cell holds ({@link #metadata()}, {@link #extra()}, attachments, output data) belong to it and
 * must not be changed in place; use {@link #editMetadata} or the {@code with...} methods, which work on copies.
 * {@link #extra()} keeps every field of the cell that nbformat does not define, so it survives a round trip.
 */
public sealed interface Cell permits CodeCell, MarkdownCell, RawCell, UnrecognizedCell {
    /** The cell tag papermill uses for the cell that declares parameters. */
    String PARAMETERS_TAG = "parameters";
    /** The cell tag papermill gives the cell it injects. */
    String INJECTED_PARAMETERS_TAG = "injected-parameters";

    /** The cell id (nbformat 4.5): 1 to 64 letters, digits, {@code -} or {@code _}, unique in its notebook. */
    String id();

    /** {@code code}, {@code markdown}, {@code raw}, or the type of an unrecognised cell. */
    String cellType();

    /** The source text, whole (whether the file held it as one string or as a list of lines). */
    String source();

    /** The cell's metadata object (tags, papermill, jupyter, ...). Do not change it in place. */
    ObjectNode metadata();

    /** Fields of the cell that nbformat does not define, kept as read. Do not change it in place. */
    ObjectNode extra();

    Cell withId(String id);

    Cell withSource(String source);

    Cell withMetadata(ObjectNode metadata);

    /** A copy of this cell whose metadata is a copy of this one's, changed by {@code edit}. */
    default Cell editMetadata(Consumer<ObjectNode> edit) {
        ObjectNode copy = metadata().deepCopy();
        edit.accept(copy);
        return withMetadata(copy);
    }

    /** The cell's tags ({@code metadata.tags}), in order; non-string entries are ignored. */
    default List<String> tags() {
        JsonNode tags = metadata().get("tags");
        if (tags == null || !tags.isArray()) {
            return List.of();
        }
        List<String> result = new ArrayList<>(tags.size());
        for (JsonNode tag : tags) {
            if (tag.isTextual()) {
                result.add(tag.textValue());
            }
        }
        return List.copyOf(result);
    }

    default boolean hasTag(String tag) {
        return tags().contains(tag);
    }

    /** A copy with exactly these tags; with none, {@code metadata.tags} is removed. */
    default Cell withTags(Collection<String> tags) {
        Set<String> unique = new LinkedHashSet<>(tags);
        return editMetadata(metadata -> {
            if (unique.isEmpty()) {
                metadata.remove("tags");
            } else {
                ArrayNode array = metadata.putArray("tags");
                unique.forEach(array::add);
            }
        });
    }

    /** A copy with {@code tag} added at the end, unless it is there already. */
    default Cell withTag(String tag) {
        if (hasTag(tag)) {
            return this;
        }
        List<String> tags = new ArrayList<>(tags());
        tags.add(tag);
        return withTags(tags);
    }

    /** A copy without {@code tag}. */
    default Cell withoutTag(String tag) {
        if (!hasTag(tag)) {
            return this;
        }
        List<String> tags = new ArrayList<>(tags());
        tags.remove(tag);
        return withTags(tags);
    }

    /** {@code metadata.papermill}, when present and an object. */
    default Optional<ObjectNode> papermill() {
        JsonNode node = metadata().get("papermill");
        return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    /** A copy whose {@code metadata.papermill} (created when missing) is changed by {@code edit}. */
    default Cell editPapermill(Consumer<ObjectNode> edit) {
        return editMetadata(metadata -> edit.accept(Json.objectField(metadata, "papermill")));
    }

    /** A new code cell with a fresh id, empty metadata, no outputs and no execution count. */
    static CodeCell code(String source) {
        return new CodeCell(CellIds.random(), source, Json.object(), null, List.of(), Json.object());
    }

    /** A new markdown cell with a fresh id and empty metadata. */
    static MarkdownCell markdown(String source) {
        return new MarkdownCell(CellIds.random(), source, Json.object(), null, Json.object());
    }

    /** A new raw cell with a fresh id and empty metadata. */
    static RawCell raw(String source) {
        return new RawCell(CellIds.random(), source, Json.object(), null, Json.object());
    }
}
