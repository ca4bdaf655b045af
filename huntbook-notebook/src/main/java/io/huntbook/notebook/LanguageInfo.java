package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The common fields of a notebook's {@code metadata.language_info} (other fields stay in the notebook's metadata).
 */
public record LanguageInfo(String name, @Nullable String version, @Nullable String mimetype,
        @Nullable String fileExtension) {
    public LanguageInfo {
        Objects.requireNonNull(name, "name");
    }

    /** Java as Huntbook's notebooks declare it (DESIGN.md §6.B), with the running Java's feature version. */
    public static LanguageInfo java() {
        return new LanguageInfo("java", String.valueOf(Runtime.version().feature()), "text/x-java-source", ".jsh");
    }

    /** The JSON object nbformat stores. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        if (fileExtension != null) {
            json.put("file_extension", fileExtension);
        }
        if (mimetype != null) {
            json.put("mimetype", mimetype);
        }
        json.put("name", name);
        if (version != null) {
            json.put("version", version);
        }
        return json;
    }

    /** Reads a language_info object; empty when it is missing or has no string {@code name}. */
    public static Optional<LanguageInfo> from(@Nullable JsonNode json) {
        if (json == null || !json.isObject() || !json.path("name").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new LanguageInfo(json.get("name").textValue(), text(json, "version"),
                text(json, "mimetype"), text(json, "file_extension")));
    }

    private static @Nullable String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
