package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A notebook's {@code metadata.kernelspec}: which Jupyter kernel runs it.
 *
 * @param language the kernel's language, or {@code null} when the notebook does not say
 */
public record Kernelspec(String name, String displayName, @Nullable String language) {
    /** Huntbook's own Java kernel (DESIGN.md §6.B). */
    public static final Kernelspec HUNTBOOK = new Kernelspec("huntbook", "Java (Huntbook)", "java");

    public Kernelspec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The JSON object nbformat stores. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("display_name", displayName);
        if (language != null) {
            json.put("language", language);
        }
        json.put("name", name);
        return json;
    }

    /** Reads a kernelspec object; empty when it is missing or has no string {@code name}. */
    public static Optional<Kernelspec> from(@Nullable JsonNode json) {
        if (json == null || !json.isObject() || !json.path("name").isTextual()) {
            return Optional.empty();
        }
        String name = json.get("name").textValue();
        String display = json.path("display_name").isTextual() ? json.get("display_name").textValue() : name;
        String language = json.path("language").isTextual() ? json.get("language").textValue() : null;
        return Optional.of(new Kernelspec(name, display, language));
    }
}
