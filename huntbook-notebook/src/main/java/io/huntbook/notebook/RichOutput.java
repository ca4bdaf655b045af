package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** An output that carries a MIME bundle: {@link DisplayData} or {@link ExecuteResult}. */
public sealed interface RichOutput extends Output permits DisplayData, ExecuteResult {
    /**
     * The MIME bundle: MIME type to content. Text types hold one string (however the file split it); JSON types
     * ({@code application/json}, {@code application/*+json}) hold their JSON value. Do not change it in place.
     */
    ObjectNode data();

    /** The output's metadata (per MIME type sizes, {@code scrapbook}, ...). Do not change it in place. */
    ObjectNode metadata();

    /** The MIME types in the bundle, in file order. */
    default List<String> mimeTypes() {
        List<String> types = new ArrayList<>(data().size());
        for (Iterator<String> it = data().fieldNames(); it.hasNext(); ) {
            types.add(it.next());
        }
        return types;
    }

    /** The content for {@code mimeType} when it is a string (text types, base64 images). */
    default Optional<String> text(String mimeType) {
        JsonNode value = data().get(mimeType);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    /** The content for {@code mimeType} as JSON (for JSON types), when present. */
    default Optional<JsonNode> json(String mimeType) {
        return Optional.ofNullable(data().get(mimeType));
    }
}
