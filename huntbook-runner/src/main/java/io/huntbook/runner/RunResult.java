package io.huntbook.runner;

import io.huntbook.notebook.Notebook;

/**
 * The end of a run: the output notebook (already written when the options named an output), how it ended and one
 * line saying why.
 */
public record RunResult(Notebook notebook, RunStatus status, String message) {
    public int exitCode() {
        return status.exitCode();
    }
}
