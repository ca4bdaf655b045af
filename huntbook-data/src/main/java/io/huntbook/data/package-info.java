/**
 * Data acquisition: the query catalog (MSTICPy's YAML format), query providers, DuckDB for local data and the bundled sample data.
 */
@NullMarked
package io.huntbook.data;

import org.jspecify.annotations.NullMarked;
