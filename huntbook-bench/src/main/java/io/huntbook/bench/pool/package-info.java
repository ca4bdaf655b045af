/** Warm-pool throughput, measured as a whole process (docs/benchmarks.md, "Warm pool"). */
@NullMarked
package io.huntbook.bench.pool;

import org.jspecify.annotations.NullMarked;
