/**
 * JMH benchmarks and whole-process benchmark scripts; results go to docs/benchmarks.md.
 */
@NullMarked
package io.huntbook.bench;

import org.jspecify.annotations.NullMarked;
