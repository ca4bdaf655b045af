package io.huntbook.notebook.params;

import org.jspecify.annotations.Nullable;

/**
 * One parameter that a {@code parameters} cell declares: the row of {@code huntbook params} (DESIGN.md §6.A).
 *
 * @param name the variable name
 * @param type the type as declared ({@code str}, {@code List<String>}, {@code var}), or null when none is
 * @param defaultValue the default as source text ({@code "Default"}, {@code 2}, {@code List.of("a")})
 * @param help the trailing comment, or null
 */
public record DeclaredParameter(String name, @Nullable String type, @Nullable String defaultValue,
        @Nullable String help) {}
