package io.huntbook.runner;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Output;

/** Follows a run as it happens (progress bars, logs, copies of the streams). Every method has a no-op default. */
public interface RunListener {
    default void runStarted(int cellCount) {}

    default void cellStarted(int index, Cell cell) {}

    /** An output as the cell produced it (streams in the pieces they came in, before merging). */
    default void output(int index, Output output) {}

    default void cellFinished(int index, Cell cell, String status) {}

    default void runFinished(RunResult result) {}

    /** A listener that does nothing. */
    static RunListener none() {
        return new RunListener() { };
    }

    /** All of {@code listeners}, in order. */
    static RunListener all(java.util.List<RunListener> listeners) {
        java.util.List<RunListener> copy = java.util.List.copyOf(listeners);
        return new RunListener() {
            @Override
            public void runStarted(int cellCount) {
                copy.forEach(l -> l.runStarted(cellCount));
            }

            @Override
            public void cellStarted(int index, Cell cell) {
                copy.forEach(l -> l.cellStarted(index, cell));
            }

            @Override
            public void output(int index, Output output) {
                copy.forEach(l -> l.output(index, output));
            }

            @Override
            public void cellFinished(int index, Cell cell, String status) {
                copy.forEach(l -> l.cellFinished(index, cell, status));
            }

            @Override
            public void runFinished(RunResult result) {
                copy.forEach(l -> l.runFinished(result));
            }
        };
    }
}
