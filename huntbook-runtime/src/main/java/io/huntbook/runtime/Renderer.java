package io.huntbook.runtime;

import java.util.Optional;

/**
 * Turns values of some type into rich outputs. Implementations register with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.huntbook.runtime.Renderer}); huntbook-data registers one for DFLib frames (an HTML
 * table plus text). When several renderers accept a value, the highest {@link #priority()} wins; the built-in ones
 * (text, images, bundles) have priority 0 and a plain {@code toString()} is the last resort.
 */
public interface Renderer {
    /** Higher wins; built-ins use 0. */
    default int priority() {
        return 0;
    }

    /** The bundle for {@code value}, or empty when this renderer does not handle its type. */
    Optional<MimeBundle> render(Object value);

    /**
     * {@code value} as plain JSON-able Java values (maps, lists, strings, numbers, booleans), or empty when this
     * renderer does not handle its type. Scraps use it: a table should become a list of records, one map per row
     * with keys in column order.
     */
    default Optional<Object> toJson(Object value) {
        return Optional.empty();
    }
}
