/**
 * Notebook parameters with papermill's semantics: where values come from ({@code -p}, {@code -r}, {@code -f},
 * {@code -y}, {@code -b}) and how they are coerced, what a {@code parameters} cell declares, how values become code
 * in each kernel language, and how the {@code injected-parameters} cell is placed.
 *
 * <p>Values are plain Java objects in one canonical shape: {@code null}, {@link java.lang.Boolean},
 * {@link java.math.BigInteger} (Python's ints are unbounded), {@link java.lang.Double}, {@link java.lang.String},
 * {@link java.util.List} and {@link java.util.Map} (insertion-ordered, string keys after YAML).
 */
@NullMarked
package io.huntbook.notebook.params;

import org.jspecify.annotations.NullMarked;
