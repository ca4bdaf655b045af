package io.huntbook.server;

/**
 * Called once when a run's notebook has executed (succeeded, failed or timed out), before the ledger records the
 * final state: it stores the output and may add findings, reports and incidents. Throwing makes the attempt an
 * infrastructure failure (retried while attempts are left). The default writes the output notebook under the output
 * root at the run's §6.E path ({@link #writeOutput(java.nio.file.Path)}).
 */
@FunctionalInterface
public interface RunCompletionHandler {
    Completion completed(FinishedRun run);

    /** Writes the output notebook to {@code outputRoot/<run's output path>}, atomically. */
    static RunCompletionHandler writeOutput(java.nio.file.Path outputRoot) {
        return new OutputNotebookWriter(outputRoot);
    }
}
