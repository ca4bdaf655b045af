package io.huntbook.kernel.java;

import io.huntbook.kernel.magic.MagicOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to start a Java engine. Build with {@link #builder()}; every setting has a default that suits an unattended run.
 *
 * @param classPath the notebook's class path: what snippets compile against and the agent runs with (the runtime is
 *     always added)
 * @param workingDirectory the agent's working directory (the host's never changes)
 * @param maxHeap the agent's heap cap, as {@code -Xmx} takes it
 * @param javaHome the JDK whose {@code bin/java} runs the agent
 * @param agentJvmOptions extra options for the agent JVM
 * @param startTimeout how long the agent may take to connect
 * @param stopGrace how long a stopped cell may take to end before the agent is killed
 * @param maxOutputChars per cell and stream, text beyond this is dropped (with a note saying how much)
 * @param cacheDirectory where the agent's class-data-sharing archive is kept; null for none
 * @param configFile the Huntbook configuration the notebook's {@code hb} and {@code secret} read; null for none
 * @param magics how {@code %maven}, {@code %classpath} and {@code %load} behave
 * @param awaitAgentExit whether closing the engine waits for the agent JVM to end (up to the stop grace, then kills
 *     it); a one-off run that exits right after does not need to (the agent halts itself within seconds regardless),
 *     while a pool does, so that it never has more agents than its size
 * @param codeAssist whether completions may list the class path's packages and classes: JShell then indexes the JDK
 *     and every jar in the background from the start, which costs a cold unattended run about half a second of CPU
 *     for nothing (off by default; the Jupyter kernel turns it on)
 */
public record EngineOptions(List<Path> classPath, Path workingDirectory, String maxHeap, Path javaHome,
                            List<String> agentJvmOptions, Duration startTimeout, Duration stopGrace,
                            long maxOutputChars, @Nullable Path cacheDirectory, @Nullable Path configFile,
                            MagicOptions magics, boolean codeAssist, boolean awaitAgentExit) {
    public EngineOptions {
        classPath = List.copyOf(classPath);
        agentJvmOptions = List.copyOf(agentJvmOptions);
        if (maxOutputChars <= 0) {
            throw new IllegalArgumentException("maxOutputChars must be positive, not " + maxOutputChars);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EngineOptions}. */
    public static final class Builder {
        private final List<Path> classPath = new ArrayList<>();
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private String maxHeap = "2g";
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private final List<String> agentJvmOptions = new ArrayList<>();
        private Duration startTimeout = Duration.ofSeconds(20);
        private Duration stopGrace = Duration.ofSeconds(2);
        private long maxOutputChars = 10_000_000;
        private @Nullable Path cacheDirectory;
        private @Nullable Path configFile;
        private MagicOptions magics = MagicOptions.defaults();
        private boolean codeAssist;
        private boolean awaitAgentExit = true;

        private Builder() {}

        /** Adds entries to the notebook's class path (jars or class folders). */
        public Builder classPath(List<Path> entries) {
            classPath.addAll(entries);
            return this;
        }

        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory.toAbsolutePath();
            return this;
        }

        public Builder maxHeap(String heap) {
            if (!heap.matches("\\d+[kKmMgG]?")) {
                throw new IllegalArgumentException("heap size '" + heap + "' is not like 512m or 2g");
            }
            this.maxHeap = heap;
            return this;
        }

        public Builder javaHome(Path home) {
            this.javaHome = home;
            return this;
        }

        public Builder agentJvmOption(String option) {
            agentJvmOptions.add(Objects.requireNonNull(option));
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public Builder stopGrace(Duration grace) {
            this.stopGrace = grace;
            return this;
        }

        public Builder maxOutputChars(long chars) {
            this.maxOutputChars = chars;
            return this;
        }

        public Builder cacheDirectory(@Nullable Path directory) {
            this.cacheDirectory = directory;
            return this;
        }

        public Builder configFile(@Nullable Path file) {
            this.configFile = file;
            return this;
        }

        public Builder magics(MagicOptions options) {
            this.magics = Objects.requireNonNull(options);
            return this;
        }

        public Builder codeAssist(boolean enabled) {
            this.codeAssist = enabled;
            return this;
        }

        public Builder awaitAgentExit(boolean await) {
            this.awaitAgentExit = await;
            return this;
        }

        public EngineOptions build() {
            return new EngineOptions(classPath, workingDirectory, maxHeap, javaHome, agentJvmOptions, startTimeout,
                    stopGrace, maxOutputChars, cacheDirectory, configFile, magics, codeAssist, awaitAgentExit);
        }
    }
}
