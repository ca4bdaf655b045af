package io.huntbook.server;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How the default executor starts engines.
 *
 * @param capacity runs at once
 * @param cacheDirectory where the agent's class-data archive lives
 * @param agentMemory the agent JVM's maximum heap ({@code -Xmx} syntax)
 * @param startTimeout how long an engine may take to start
 * @param configFile the configuration file the notebooks' {@code hb} session reads, or null
 */
public record ExecutorSettings(int capacity, Path cacheDirectory, String agentMemory, Duration startTimeout,
                               @Nullable Path configFile) {
    public ExecutorSettings {
        if (capacity <= 0) {
            throw new IllegalArgumentException("the executor capacity must be positive, not " + capacity);
        }
    }
}
