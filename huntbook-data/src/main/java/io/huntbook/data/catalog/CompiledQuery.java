package io.huntbook.data.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A query ready to render: its public definition, its parsed text for its environment's language (one of the two
 * template kinds), and that language.
 */
record CompiledQuery(QueryDefinition definition, Dialect dialect, @Nullable FormatTemplate format,
                     @Nullable JsonTemplate json) {}
