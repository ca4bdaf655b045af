package io.huntbook.server.queue;

import java.time.Instant;

/** Executes the run a queue execution names, and says whether the execution is done or comes back later. */
@FunctionalInterface
public interface RunHandler {
    Outcome handle(String runId, Instant executionTime);

    /** Done (the run is final, or gone), or run the execution again at {@code at}. */
    sealed interface Outcome permits Done, Later {}

    record Done() implements Outcome {}

    record Later(Instant at) implements Outcome {}
}
