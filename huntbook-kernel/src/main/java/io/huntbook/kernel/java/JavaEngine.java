package io.huntbook.kernel.java;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Java engine: one JShell session whose code runs in its own agent JVM. Cells run one at a time; {@link #stop()}
 * may be called from another thread. Close it to end the agent.
 */
public interface JavaEngine extends io.huntbook.kernel.CellEngine {
    /** Starts the agent and the session, and runs the prelude (static imports of the runtime and {@code hb}). */
    static JavaEngine start(EngineOptions options) {
        JavaEngine early = EarlyStart.take(options);
        return early != null ? early : JShellEngine.start(options);
    }

    /**
     * Starts an engine with {@code options} on a background thread, for the next {@link #start} with equal options to
     * take: a command calls this first, so the engine's start-up overlaps its own reading of the notebook.
     */
    static void startEarly(EngineOptions options) {
        EarlyStart.begin(options);
    }

    /** Closes the engine {@link #startEarly} began, if any: the run turned out to need another kernel. */
    static void discardEarlyStart() {
        EarlyStart.cancel();
    }

    /**
     * Runs one cell: its snippets one after the other until the first error. Outputs go to {@code listener} as they
     * happen; the error, if any, is its last output.
     *
     * @param timeout how long the cell may run, or null for no limit
     */
    CellOutcome execute(String code, OutputListener listener, @Nullable Duration timeout);

    /** Stops the running cell, if any, keeping the session (an interactive interrupt). */
    void stop();

    /** Whether the agent is still running. */
    boolean alive();

    /** Jupyter's {@code language_info} for this engine. */
    Map<String, Object> languageInfo();

    /** Ends the session and the agent. */
    @Override
    void close();
}
