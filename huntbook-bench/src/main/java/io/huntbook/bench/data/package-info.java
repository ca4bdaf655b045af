/**
 * Benchmarks of huntbook-data's LocalData queries over the sample data.
 */
@NullMarked
package io.huntbook.bench.data;

import org.jspecify.annotations.NullMarked;
