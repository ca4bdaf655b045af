package io.huntbook.runner;

import io.huntbook.kernel.CellEngine;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.notebook.Notebook;
import java.util.Objects;

/**
 * Runs a notebook (parameters already injected) on the Java engine or another {@link CellEngine} with papermill's
 * semantics, saving it as it goes when {@link RunOptions#outputFile()} is set. The host is never at risk: notebook
 * code runs in its own JVM.
 */
public final class NotebookRunner {
    private NotebookRunner() {}

    /** Runs {@code notebook} and returns the executed notebook and how the run ended; it never throws for a cell. */
    public static RunResult run(Notebook notebook, RunOptions options) {
        return new Execution(notebook, options, () -> JavaEngine.start(options.engine())).run();
    }

    /**
     * Runs {@code notebook} on {@code engine}, a pre-started engine (for example from the warm pool), which serves
     * this run only: it is closed when the run ends, whatever happened, so nothing of this run reaches another.
     * {@link RunOptions#engine()} is not used: the engine was started with its own options.
     */
    public static RunResult run(Notebook notebook, RunOptions options, JavaEngine engine) {
        Objects.requireNonNull(engine, "engine");
        return new Execution(notebook, options, () -> engine).run();
    }

    /**
     * Runs {@code notebook} on the engine {@code engines} gives, called once when the run starts: a Jupyter kernel,
     * or the warm pool's {@code take}. The engine serves this run only and is closed when it ends; an
     * {@link io.huntbook.kernel.java.EngineException} from {@code engines} ends the run as a dead kernel, with the
     * output notebook written. {@link RunOptions#engine()} is not used.
     */
    public static RunResult run(Notebook notebook, RunOptions options, CellEngine.Starter engines) {
        return new Execution(notebook, options, Objects.requireNonNull(engines, "engines")).run();
    }
}
