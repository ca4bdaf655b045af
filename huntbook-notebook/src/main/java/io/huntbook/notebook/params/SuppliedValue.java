package io.huntbook.notebook.params;

import org.jspecify.annotations.Nullable;

/**
 * One supplied parameter value: the value as papermill would inject it, and, for {@code -p} and {@code -r}, the text
 * typed on the command line, which typed languages convert to the declared type instead of papermill's guess.
 *
 * @param value the value papermill would inject (canonical shape, see the package description)
 * @param text the command-line text for {@code -p}/{@code -r}, null for values from YAML
 * @param raw whether the value came from {@code -r} (never coerced, never null)
 */
public record SuppliedValue(@Nullable Object value, @Nullable String text, boolean raw) {
    /** A value read from YAML (or built by a program). */
    public static SuppliedValue of(@Nullable Object value) {
        return new SuppliedValue(value, null, false);
    }

    /** {@code -p NAME TEXT}: coerced as papermill does. */
    public static SuppliedValue coerced(String text) {
        return new SuppliedValue(ParameterCoercion.coerce(text), text, false);
    }

    /** {@code -r NAME TEXT}: always the string itself. */
    public static SuppliedValue rawText(String text) {
        return new SuppliedValue(text, text, true);
    }
}
