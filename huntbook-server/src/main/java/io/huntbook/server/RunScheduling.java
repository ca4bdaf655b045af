package io.huntbook.server;

/** The queue as the submission side sees it: put a queued run on the queue, or take it off. */
public interface RunScheduling {
    void schedule(String runId);

    /** Takes a queued run off the queue; harmless when a worker already picked it. */
    void unschedule(String runId);
}
