package io.huntbook.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Every option of papermill's command line, with Huntbook's additions ({@code --strict}). The engine reads the
 * execution options from here; parameters are in {@link ParameterOptions}.
 */
public final class RunOptions {
    @Mixin
    ParameterOptions parameters = new ParameterOptions();

    @Option(names = "--prepare-only", description = "Inject the parameters and write the notebook without running it.")
    boolean prepareOnly;

    @Option(names = "--prepare-execute", hidden = true, description = "Run the notebook (the default).")
    boolean prepareExecute;

    @Option(names = {"-k", "--kernel"}, paramLabel = "NAME",
            description = "The kernelspec to run on (huntbook: the built-in Java engine).")
    @Nullable String kernel;

    @Option(names = {"-l", "--language"}, paramLabel = "LANGUAGE",
            description = "The notebook's language, overriding its metadata.")
    @Nullable String language;

    @Option(names = {"-e", "--engine"}, paramLabel = "NAME", description = "Accepted for papermill compatibility.")
    @Nullable String engine;

    @Option(names = "--cwd", paramLabel = "DIR", description = "Working folder of the kernel.")
    @Nullable Path cwd;

    @Option(names = "--report-mode", negatable = true, description = "Hide the source of code cells.")
    boolean reportMode;

    @Option(names = "--log-output", negatable = true, description = "Copy the notebook's outputs to stderr.")
    boolean logOutput;

    @Option(names = "--progress-bar", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar (default: on).")
    boolean progressBar = true;

    @Option(names = "--request-save-on-cell-execute", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Save the output notebook after each cell (default: on).")
    boolean requestSaveOnCellExecute = true;

    @Option(names = "--autosave-cell-every", paramLabel = "SECONDS", defaultValue = "30",
            description = "Save a long-running cell's outputs this often (0: never; default 30).")
    int autosaveCellEvery = 30;

    @Option(names = {"--start-timeout", "--start_timeout"}, paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for the kernel to start (default 60).")
    int startTimeout = 60;

    @Option(names = "--execution-timeout", paramLabel = "SECONDS",
            description = "Time limit of each cell (default: none).")
    @Nullable Integer executionTimeout;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "INFO",
            description = "DEBUG, INFO, WARNING, ERROR or CRITICAL.")
    String logLevel = "INFO";

    @Option(names = "--stdout-file", paramLabel = "FILE", description = "Write the notebook's stdout here.")
    @Nullable Path stdoutFile;

    @Option(names = "--stderr-file", paramLabel = "FILE", description = "Write the notebook's stderr here.")
    @Nullable Path stderrFile;

    @Option(names = "--strict",
            description = "Refuse to run on any warning: unknown parameters, type conflicts, secret-looking values.")
    boolean strict;

    @Option(names = "--help-notebook", description = "Show the parameters the notebook declares, and stop.")
    boolean helpNotebook;

    @Option(names = "--allow-errors", description = "Keep running after a failing cell; failures stay marked.")
    boolean allowErrors;

    @Option(names = "--run-timeout", paramLabel = "SECONDS",
            description = "Time limit of the whole run (default: none).")
    @Nullable Integer runTimeout;

    @Option(names = "--agent-memory", paramLabel = "SIZE", defaultValue = "2g",
            description = "Heap cap of the JVM that runs the notebook's code, as -Xmx takes it (default 2g).")
    String agentMemory = "2g";

    public ParameterOptions parameters() {
        return parameters;
    }

    public boolean prepareOnly() {
        return prepareOnly && !prepareExecute;
    }

    public @Nullable String kernel() {
        return kernel;
    }

    public @Nullable String language() {
        return language;
    }

    public @Nullable Path cwd() {
        return cwd;
    }

    public boolean reportMode() {
        return reportMode;
    }

    public boolean logOutput() {
        return logOutput;
    }

    public boolean progressBar() {
        return progressBar;
    }

    public boolean requestSaveOnCellExecute() {
        return requestSaveOnCellExecute;
    }

    public int autosaveCellEvery() {
        return autosaveCellEvery;
    }

    public int startTimeout() {
        return startTimeout;
    }

    public @Nullable Integer executionTimeout() {
        return executionTimeout;
    }

    public String logLevel() {
        return logLevel;
    }

    public @Nullable Path stdoutFile() {
        return stdoutFile;
    }

    public @Nullable Path stderrFile() {
        return stderrFile;
    }

    public boolean strict() {
        return strict;
    }

    public boolean helpNotebook() {
        return helpNotebook;
    }

    public boolean allowErrors() {
        return allowErrors;
    }

    public @Nullable Integer runTimeout() {
        return runTimeout;
    }

    public String agentMemory() {
        return agentMemory;
    }
}
