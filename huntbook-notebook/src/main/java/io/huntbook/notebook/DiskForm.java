package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How nbformat turns multi-line strings into lists of lines on disk and back ({@code nbformat/v4/rwbase.py}:
 * {@code rejoin_lines}, {@code split_lines}, {@code strip_transient}). Reading joins, writing splits, and the two are
 * deliberately not symmetric, exactly as in nbformat.
 */
final class DiskForm {
    private DiskForm() {}

    /** MIME types that are not {@code text/*} yet are split into lines on write. */
    private static final Set<String> NON_TEXT_SPLIT_MIMES = Set.of("application/javascript", "image/svg+xml");

    static boolean isJsonMime(String mime) {
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    /** A list of strings joined into one string; any other value unchanged. */
    static JsonNode joinIfLines(JsonNode value) {
        if (!value.isArray()) {
            return value;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode line : value) {
            if (!line.isTextual()) {
                return value;
            }
            text.append(line.textValue());
        }
        return JsonNodeFactory.instance.textNode(text.toString());
    }

    /** A MIME bundle with every non-JSON list of strings joined (in a copy). */
    static ObjectNode rejoinMimeBundle(ObjectNode bundle) {
        ObjectNode copy = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = bundle.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            copy.set(entry.getKey(), isJsonMime(entry.getKey()) ? value : joinIfLines(value));
        }
        return copy;
    }

    /** A MIME bundle with text types (and JavaScript, SVG) split into lines (in a copy when anything changes). */
    static ObjectNode splitMimeBundle(ObjectNode bundle) {
        ObjectNode copy = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = bundle.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String mime = entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isTextual() && (mime.startsWith("text/") || NON_TEXT_SPLIT_MIMES.contains(mime))) {
                copy.set(mime, lines(value.textValue()));
            } else {
                copy.set(mime, value);
            }
        }
        return copy;
    }

    /** Attachments (name to MIME bundle) with each bundle split; non-object bundles kept as they are. */
    static ObjectNode splitAttachments(ObjectNode attachments) {
        ObjectNode copy = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = attachments.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            copy.set(entry.getKey(), entry.getValue() instanceof ObjectNode bundle ? splitMimeBundle(bundle)
                    : entry.getValue());
        }
        return copy;
    }

    /** {@code text.splitlines(True)} as a JSON array. */
    static ArrayNode lines(String text) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String line : PyStrings.splitLinesKeepEnds(text)) {
            array.add(line);
        }
        return array;
    }

    /** The fields of {@code object} other than {@code known}, in a new object. */
    static ObjectNode without(ObjectNode object, Set<String> known) {
        ObjectNode rest = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!known.contains(entry.getKey())) {
                rest.set(entry.getKey(), entry.getValue());
            }
        }
        return rest;
    }

    /** A copy of {@code metadata} without the transient keys nbformat strips on read and write. */
    static ObjectNode stripTransient(ObjectNode metadata, List<String> keys) {
        List<String> present = new ArrayList<>();
        for (String key : keys) {
            if (metadata.has(key)) {
                present.add(key);
            }
        }
        if (present.isEmpty()) {
            return metadata;
        }
        ObjectNode copy = metadata.deepCopy();
        copy.remove(present);
        return copy;
    }

    static final List<String> TRANSIENT_NOTEBOOK_KEYS = List.of("orig_nbformat", "orig_nbformat_minor", "signature");
    static final List<String> TRANSIENT_CELL_KEYS = List.of("trusted");
}
