/**
 * Running a notebook with papermill's semantics: outputs and counts cleared, cells run in order on the Java engine,
 * {@code metadata.papermill} kept at notebook and cell level, the first failure stops the run (later cells stay
 * {@code pending}, two {@code papermill-error-cell-tag} cells point at it, exit 1), {@code raises-exception} honoured,
 * autosave, timeouts and a dead agent (exit 138). Start with {@link io.huntbook.runner.NotebookRunner#run}.
 */
@NullMarked
package io.huntbook.runner;

import org.jspecify.annotations.NullMarked;
