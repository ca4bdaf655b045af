package io.huntbook.runner;

import io.huntbook.core.ExitCodes;

/** How a run ended, and the exit code each status means (DESIGN.md §6.A). */
public enum RunStatus {
    /** Every cell ran (or the notebook called {@code System.exit(0)}). */
    SUCCEEDED(ExitCodes.OK),
    /** A cell failed. */
    FAILED(ExitCodes.FAILED),
    /** A cell or the run ran out of time. */
    TIMED_OUT(ExitCodes.FAILED),
    /** The agent died: papermill's dead kernel. */
    DIED(ExitCodes.DEAD_KERNEL);

    private final int exitCode;

    RunStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
