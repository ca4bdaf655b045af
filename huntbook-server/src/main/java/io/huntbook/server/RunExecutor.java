package io.huntbook.server;

import io.huntbook.runner.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Executes one prepared notebook for the queue. The server's default runs it on a warm engine from a pool
 * ({@link #warmPool(ExecutorSettings)}); {@link #notebookRunner(ExecutorSettings)} starts a fresh engine per run,
 * the same path as {@code huntbook run}.
 *
 * <p>Contract: a cell failure or a timeout is a {@link RunResult} (never retried); an engine that died is a result
 * with {@code RunStatus.DIED}, and any exception is an infrastructure failure: both are retried while attempts are
 * left. When {@link ExecutionRequest#cancelled()} turns true the executor stops as soon as it can and throws
 * {@link RunCancelledException}. The server closes its executor when it stops.
 */
public interface RunExecutor extends AutoCloseable {
    RunResult execute(ExecutionRequest request);

    /** How many runs this executor can run at once on this worker (the global concurrency). */
    int capacity();

    /** The engines this executor keeps, when it keeps any (a warm pool). */
    default Optional<EngineUse> engineUse() {
        return Optional.empty();
    }

    /** Called once the templates are known: the working directories of the Java templates, most used first. */
    default void warmUp(List<Path> folders) {}

    /** Ends whatever the executor started (a pool's agents). */
    @Override
    default void close() {}

    /** The runner on a fresh Java engine per run. */
    static RunExecutor notebookRunner(ExecutorSettings settings) {
        return new NotebookRunnerExecutor(settings, false);
    }

    /**
     * The runner on warm Java engines: a pool of {@code settings.capacity()} agents for all template folders
     * together, each engine serving one run.
     */
    static RunExecutor warmPool(ExecutorSettings settings) {
        return new NotebookRunnerExecutor(settings, true);
    }
}
