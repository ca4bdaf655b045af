package io.huntbook.runner;

import io.huntbook.notebook.Notebook;

/**
 * Runs a notebook (parameters already injected) on the Java engine with papermill's semantics, saving it as it goes
 * when {@link RunOptions#outputFile()} is set. The host is never at risk: notebook code runs in its own JVM.
 */
public final class NotebookRunner {
    private NotebookRunner() {}

    /** Runs {@code notebook} and returns the executed notebook and how the run ended; it never throws for a cell. */
    public static RunResult run(Notebook notebook, RunOptions options) {
        return new Execution(notebook, options).run();
    }
}
