package io.huntbook.kernel;

import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.OutputListener;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that runs a notebook's cells one at a time and reports their outputs: the built-in Java engine, or any
 * installed Jupyter kernel through Huntbook's client. The runner sees only this.
 */
public interface CellEngine extends AutoCloseable {
    /**
     * Runs one cell. Outputs go to {@code listener} as they happen; an error, if any, is its last output.
     *
     * @param timeout how long the cell may run, or null for no limit
     */
    CellOutcome execute(String code, OutputListener listener, @Nullable Duration timeout);

    /** Stops the running cell, if any, keeping the session (an interactive interrupt). */
    void stop();

    /** Whether the engine can still run cells. */
    boolean alive();

    /** Jupyter's {@code language_info} for this engine, as the notebook's metadata stores it. */
    Map<String, Object> languageInfo();

    /** Ends the engine and whatever process it runs in. */
    @Override
    void close();

    /** Starts an engine for one run. */
    @FunctionalInterface
    interface Starter {
        CellEngine start();
    }
}
