package io.huntbook.data.catalog;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a query, merged from the file's {@code defaults.parameters} and the query's own
 * {@code parameters} (the query's win, as in MSTICPy).
 *
 * @param name         the name used in the query text as {@code {name}}
 * @param type         the declared type ({@code str} when the file declares none)
 * @param description  the description from the file, or {@code ""}
 * @param defaultValue the default as the YAML file gives it, or null when the parameter is required
 * @param aliases      other names a caller may use for it
 */
public record QueryParameter(String name, ParameterType type, String description, @Nullable Object defaultValue,
                             List<String> aliases) {
    public QueryParameter {
        aliases = List.copyOf(aliases);
    }

    /** The default, when there is one. */
    public Optional<Object> defaultOptional() {
        return Optional.ofNullable(defaultValue);
    }

    /** Required parameters have no default (MSTICPy: a default of null counts as none). */
    public boolean required() {
        return defaultValue == null;
    }

    /** Whether {@code candidate} is this parameter's name or one of its aliases. */
    public boolean answersTo(String candidate) {
        return name.equals(candidate) || aliases.contains(candidate);
    }
}
