package io.huntbook.runner;

import io.huntbook.kernel.java.EngineOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to run a notebook. Build with {@link #builder()}.
 *
 * @param inputPath written to {@code metadata.papermill.input_path} (as given, like papermill)
 * @param outputPath written to {@code metadata.papermill.output_path}
 * @param outputFile where the notebook is saved (autosaves, and at the end whatever happened); null to only return it
 * @param cellTimeout how long one cell may run, or null for no limit (papermill's {@code --execution-timeout})
 * @param runTimeout how long the whole run may take, or null for no limit
 * @param allowErrors keep going after a failing cell (failures stay marked; the run succeeds)
 * @param autosaveInterval how often a long cell's partial outputs are saved
 * @param saveAfterEachCell save when each cell ends (papermill's {@code --request-save-on-cell-execute})
 * @param engine how to start the Java engine
 * @param listener follows the run
 */
public record RunOptions(String inputPath, String outputPath, @Nullable Path outputFile,
                         @Nullable Duration cellTimeout, @Nullable Duration runTimeout, boolean allowErrors,
                         Duration autosaveInterval, boolean saveAfterEachCell, EngineOptions engine,
                         RunListener listener) {
    public RunOptions {
        Objects.requireNonNull(inputPath, "inputPath");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(listener, "listener");
        if (autosaveInterval.isNegative() || autosaveInterval.isZero()) {
            throw new IllegalArgumentException("the autosave interval must be positive, not " + autosaveInterval);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RunOptions}. */
    public static final class Builder {
        private String inputPath = "";
        private String outputPath = "";
        private @Nullable Path outputFile;
        private @Nullable Duration cellTimeout;
        private @Nullable Duration runTimeout;
        private boolean allowErrors;
        private Duration autosaveInterval = Duration.ofSeconds(10);
        private boolean saveAfterEachCell = true;
        private EngineOptions engine = EngineOptions.builder().build();
        private RunListener listener = RunListener.none();

        private Builder() {}

        public Builder inputPath(String path) {
            this.inputPath = path;
            return this;
        }

        public Builder outputPath(String path) {
            this.outputPath = path;
            return this;
        }

        public Builder outputFile(@Nullable Path file) {
            this.outputFile = file;
            return this;
        }

        public Builder cellTimeout(@Nullable Duration timeout) {
            this.cellTimeout = timeout;
            return this;
        }

        public Builder runTimeout(@Nullable Duration timeout) {
            this.runTimeout = timeout;
            return this;
        }

        public Builder allowErrors(boolean allow) {
            this.allowErrors = allow;
            return this;
        }

        public Builder autosaveInterval(Duration interval) {
            this.autosaveInterval = interval;
            return this;
        }

        public Builder saveAfterEachCell(boolean save) {
            this.saveAfterEachCell = save;
            return this;
        }

        public Builder engine(EngineOptions options) {
            this.engine = options;
            return this;
        }

        public Builder listener(RunListener runListener) {
            this.listener = runListener;
            return this;
        }

        public RunOptions build() {
            return new RunOptions(inputPath, outputPath, outputFile, cellTimeout, runTimeout, allowErrors,
                    autosaveInterval, saveAfterEachCell, engine, listener);
        }
    }
}
