/** Benchmarks of the query catalog: loading MSTICPy's catalog and rendering queries. */
@NullMarked
package io.huntbook.bench.catalog;

import org.jspecify.annotations.NullMarked;
