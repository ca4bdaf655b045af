package io.huntbook.server;

import io.huntbook.runner.RunResult;

/**
 * Executes one prepared notebook for the queue. The default runs it on the runner
 * ({@link #notebookRunner(ExecutorSettings)}), the same path as {@code huntbook run}; a warm pool plugs in here.
 *
 * <p>Contract: a cell failure or a timeout is a {@link RunResult} (never retried); an engine that died is a result
 * with {@code RunStatus.DIED}, and any exception is an infrastructure failure: both are retried while attempts are
 * left. When {@link ExecutionRequest#cancelled()} turns true the executor stops as soon as it can and throws
 * {@link RunCancelledException}.
 */
public interface RunExecutor {
    RunResult execute(ExecutionRequest request);

    /** How many runs this executor can run at once on this worker (the global concurrency). */
    int capacity();

    /** The runner on a fresh Java engine per run. */
    static RunExecutor notebookRunner(ExecutorSettings settings) {
        return new NotebookRunnerExecutor(settings);
    }
}
