package io.huntbook.core.config;

import org.jspecify.annotations.Nullable;

/**
 * A scalar: text, a whole number ({@code Long}), a number ({@code Double}), a boolean, or null, typed as YAML 1.1
 * types plain scalars (PyYAML's reading, so {@code True}, {@code yes} and {@code on} are booleans, as MSTICPy reads
 * them); quoted scalars are always text.
 */
public record ConfigScalar(@Nullable Object value, String text, ConfigPath path, String source, int line)
        implements ConfigNode {
    public boolean isNull() {
        return value == null;
    }

    /** The value as text: numbers and booleans as written, null as empty. */
    public String asText() {
        return value == null ? "" : text;
    }

    @Override
    public String describeKind() {
        if (value == null) {
            return "empty";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "text";
    }

    @Override
    public String toString() {
        // Never the value: it may be a secret written in plain text.
        return "ConfigScalar[" + path + " at " + where() + "]";
    }
}
