package io.huntbook.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of {@code huntbook run} that say how a notebook executes (papermill's names where papermill has
 * them). A {@code @Mixin} of the run command; {@link NotebookExecution} acts on them.
 */
public final class ExecutionOptions {
    @Option(names = {"-k", "--kernel"}, paramLabel = "NAME",
            description = "Kernelspec to run on; 'huntbook' is the built-in Java engine (the default for Java notebooks).")
    @Nullable String kernel;

    @Option(names = {"-l", "--language"}, paramLabel = "LANG",
            description = "Language of the notebook, when its metadata does not say.")
    @Nullable String language;

    @Option(names = "--cwd", paramLabel = "DIR", description = "Working directory of the notebook's code (the agent's).")
    @Nullable Path cwd;

    @Option(names = "--execution-timeout", paramLabel = "SECONDS",
            description = "Time each cell may run before the run fails (default: no limit).")
    @Nullable Integer executionTimeout;

    @Option(names = "--run-timeout", paramLabel = "SECONDS",
            description = "Time the whole run may take before it fails (default: no limit).")
    @Nullable Integer runTimeout;

    @Option(names = "--allow-errors", description = "Keep running after a failing cell; failures stay marked.")
    boolean allowErrors;

    @Option(names = "--autosave-cell-every", paramLabel = "SECONDS", defaultValue = "30",
            description = "Save the output notebook this often while a cell runs (default: ${DEFAULT-VALUE}).")
    int autosaveEvery = 30;

    @Option(names = "--log-output", description = "Write the notebook's outputs to stderr as they happen.")
    boolean logOutput;

    @Option(names = "--stdout-file", paramLabel = "FILE", description = "Copy the cells' stdout to FILE.")
    @Nullable Path stdoutFile;

    @Option(names = "--stderr-file", paramLabel = "FILE", description = "Copy the cells' stderr to FILE.")
    @Nullable Path stderrFile;

    @Option(names = "--progress-bar", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on a terminal (default: on).")
    boolean progressBar = true;

    @Option(names = "--agent-memory", paramLabel = "SIZE", defaultValue = "2g",
            description = "Heap cap of the notebook's JVM, as -Xmx takes it (default: ${DEFAULT-VALUE}).")
    String agentMemory = "2g";
}
