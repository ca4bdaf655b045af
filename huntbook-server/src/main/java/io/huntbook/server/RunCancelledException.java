package io.huntbook.server;

/** The executor stopped a run because it was cancelled. */
public final class RunCancelledException extends RuntimeException {
    public RunCancelledException(String runId) {
        super("run " + runId + " was cancelled");
    }
}
