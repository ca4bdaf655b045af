package io.huntbook.runner;

import io.huntbook.kernel.CellEngine;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.notebook.Notebook;

/**
 * Runs a notebook (parameters already injected) on the Java engine or another {@link CellEngine} with papermill's semantics, saving it as it goes
 * when {@link RunOptions#outputFile()} is set. The host is never at risk: notebook code runs in its own JVM.
 */
public final class NotebookRunner {
    private NotebookRunner() {}

    /** Runs {@code notebook} and returns the executed notebook and how the run ended; it never throws for a cell. */
    public static RunResult run(Notebook notebook, RunOptions options) {
        return new Execution(notebook, options, () -> JavaEngine.start(options.engine())).run();
    }

    /**
     * Runs {@code notebook} on the engine {@code engines} starts (a Jupyter kernel, for instance) with the same
     * semantics; {@link RunOptions#engine()} is not used.
     */
    public static RunResult run(Notebook notebook, RunOptions options, CellEngine.Starter engines) {
        return new Execution(notebook, options, engines).run();
    }
}
