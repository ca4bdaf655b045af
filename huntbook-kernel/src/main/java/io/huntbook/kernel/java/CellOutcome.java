package io.huntbook.kernel.java;

/**
 * How a cell ended. The error itself was already given to the listener as an {@link EngineOutput.Error}.
 *
 * @param status what happened
 * @param executionCount the cell's {@code In [n]}
 * @param exitStatus the agent's exit status when it ended ({@link Status#EXITED}, {@link Status#DIED}), else 0
 * @param message one line for people ("" when the cell succeeded)
 */
public record CellOutcome(Status status, int executionCount, int exitStatus, String message) {
    /** The ways a cell ends. */
    public enum Status {
        /** It ran to the end. */
        OK,
        /** It threw, or did not compile. */
        ERROR,
        /** It called {@code System.exit(n)}: the engine is gone; papermill treats status 0 as success. */
        EXITED,
        /** It ran longer than its timeout and was stopped (the agent may have been killed). */
        TIMED_OUT,
        /** The agent died (killed, crashed, {@code Runtime.halt}): a dead kernel. */
        DIED
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
