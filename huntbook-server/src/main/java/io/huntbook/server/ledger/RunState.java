package io.huntbook.server.ledger;

/** Where a run is in its life. The last four are final: a final run never changes state again. */
public enum RunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, CANCELLED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
