/**
 * Running notebooks with papermill's semantics: injection, execution, metadata, error cells, autosave, timeouts, exit codes and the warm pool. Will own them once the engine issue lands.
 */
@NullMarked
package io.huntbook.runner;

import org.jspecify.annotations.NullMarked;
