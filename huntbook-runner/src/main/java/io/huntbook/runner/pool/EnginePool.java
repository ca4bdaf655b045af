package io.huntbook.runner.pool;

import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.notebook.Notebook;
import io.huntbook.runner.NotebookRunner;
import io.huntbook.runner.RunOptions;
import io.huntbook.runner.RunResult;
import java.time.Duration;

/**
 * A warm pool of Java engines. It keeps {@link #size()} agents at most: the ones ready, the ones starting and the ones
 * serving a run, together. An engine taken from the pool serves one run; closing it (the runner does) ends its agent,
 * and the pool starts a fresh one in the background. Safe for use from many threads.
 */
public interface EnginePool extends AutoCloseable {
    /**
     * Starts a pool of {@code size} engines, all started with {@code options}; it returns at once, the engines start
     * in the background.
     */
    static EnginePool start(EngineOptions options, int size) {
        return new WarmPool(() -> JavaEngine.start(options), size, options.startTimeout());
    }

    /**
     * An engine for one run, waiting until one is ready. Close it when the run ends (it is not reused).
     *
     * @throws EngineException when the pool cannot start engines (the last start-up error says why)
     * @throws IllegalStateException when the pool is closed
     */
    JavaEngine take();

    /** Runs {@code notebook} on an engine from the pool (see {@link NotebookRunner#run}). */
    default RunResult run(Notebook notebook, RunOptions options) {
        return NotebookRunner.run(notebook, options, this::take);
    }

    /** The most agents the pool runs at once. */
    int size();

    /** Engines started so far (each serves one run, so this grows with the runs). */
    long started();

    /** Waits until every engine of the pool is ready, or {@code timeout} passed; true when they all are. */
    boolean awaitReady(Duration timeout) throws InterruptedException;

    /** Ends the engines that are ready or starting; engines taken keep running until their runs close them. */
    @Override
    void close();
}
