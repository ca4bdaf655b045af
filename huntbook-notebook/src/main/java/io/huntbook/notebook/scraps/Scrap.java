package io.huntbook.notebook.scraps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scrap: its data (as glued) and its display (the MIME bundle shown for it), either of which may be absent.
 *
 * @param data the value, or {@code null} when the scrap was only displayed
 * @param encoder how the data was encoded ({@code json}, {@code text}, {@code pandas}, ...), or {@code null} when
 *     there is no data
 * @param display the displayed MIME bundle, or {@code null} when the scrap was not displayed
 */
public record Scrap(String name, @Nullable JsonNode data, @Nullable String encoder, @Nullable ObjectNode display) {
    public Scrap {
        Objects.requireNonNull(name, "name");
    }

    Scrap withData(@Nullable JsonNode newData, @Nullable String newEncoder) {
        return new Scrap(name, newData, newEncoder, display);
    }

    Scrap withDisplay(@Nullable ObjectNode newDisplay) {
        return new Scrap(name, data, encoder, newDisplay);
    }
}
