package io.huntbook.core.table;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Tables#read(java.nio.file.Path, ReadOptions)} reads a file: an explicit format instead of the one the
 * extension says, and the id columns to read tolerantly as {@code long} (decimal, {@code 0x} hex, integral floats).
 */
public record ReadOptions(@Nullable InputFormat format, Set<String> idColumns) {
    public ReadOptions {
        idColumns = Set.copyOf(new LinkedHashSet<>(idColumns));
    }

    /** The format from the extension, no id columns. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, Set.of());
    }

    /** These options with an explicit format ({@code null} goes back to the extension). */
    public ReadOptions withFormat(@Nullable InputFormat newFormat) {
        return new ReadOptions(newFormat, idColumns);
    }

    /** These options with {@code columns} read as ids through {@link Ids#toLong(Object)}. */
    public ReadOptions withIdColumns(String... columns) {
        return new ReadOptions(format, new LinkedHashSet<>(List.of(columns)));
    }

    /** The explicit format, if one was given. */
    public Optional<InputFormat> explicitFormat() {
        return Optional.ofNullable(format);
    }
}
