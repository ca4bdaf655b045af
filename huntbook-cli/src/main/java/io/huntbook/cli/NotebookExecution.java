package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.jupyter.client.JupyterKernel;
import io.huntbook.kernel.jupyter.client.KernelChoice;
import io.huntbook.kernel.jupyter.client.KernelSpec;
import io.huntbook.kernel.jupyter.client.LaunchOptions;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.runner.NotebookRunner;
import io.huntbook.runner.OutputPaths;
import io.huntbook.runner.ProgressBar;
import io.huntbook.runner.RunListener;
import io.huntbook.runner.RunResult;
import io.huntbook.runner.StreamCopies;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Executes a prepared notebook for {@code huntbook run}: picks the engine (DESIGN.md §6.B), expands the output path
 * template (§6.E), runs with papermill's semantics and writes the output, to a file or to stdout for {@code -}.
 */
final class NotebookExecution {
    private NotebookExecution() {}

    /**
     * Runs {@code prepared} and returns the exit code.
     *
     * @param inputPath the input as the user gave it ({@code -} for stdin)
     * @param outputPath the output as the user gave it: a path, a template or {@code -}
     */
    static int execute(Notebook prepared, String inputPath, String outputPath, RunOptions options,
                       @Nullable Path configFile, Terminal terminal) {
        KernelSpec kernelspec = jupyterKernel(prepared, options);
        if (kernelspec != null) {
            JavaEngine.discardEarlyStart();
        }
        boolean toStdout = outputPath.equals("-");
        Path outputFile = toStdout ? null : Path.of(outputPath);
        EngineOptions engine = engineOptions(options, configFile);
        if (kernelspec == null) {
            MavenValidation.pin(prepared, engine.workingDirectory(), inputPath);
        }
        List<RunListener> listeners = new ArrayList<>();
        if (options.progressBar() && isTerminal() && !options.logOutput()) {
            listeners.add(new ProgressBar(terminal.err()));
        }
        try (StreamCopies copies = StreamCopies.to(options.stdoutFile(), options.stderrFile(),
                options.logOutput() ? terminal.err() : null)) {
            listeners.add(copies);
            io.huntbook.runner.RunOptions run = io.huntbook.runner.RunOptions.builder()
                    .inputPath(inputPath)
                    .outputPath(outputPath)
                    .outputFile(outputFile)
                    .cellTimeout(seconds(options.executionTimeout(), "--execution-timeout"))
                    .runTimeout(seconds(options.runTimeout(), "--run-timeout"))
                    .allowErrors(options.allowErrors())
                    // papermill's 0 means never: ten years is never enough.
                    .autosaveInterval(Duration.ofSeconds(options.autosaveCellEvery() <= 0 ? 315_360_000L
                            : options.autosaveCellEvery()))
                    .saveAfterEachCell(options.requestSaveOnCellExecute())
                    .engine(engine)
                    .listener(RunListener.all(listeners))
                    .build();
            RunResult result = kernelspec == null ? NotebookRunner.run(prepared, run)
                    : NotebookRunner.run(prepared, run, () -> JupyterKernel.start(kernelspec,
                            LaunchOptions.defaults(engine.workingDirectory(), Duration.ofSeconds(Math.max(1, options.startTimeout())))));
            if (toStdout) {
                terminal.out().write(Notebooks.toBytes(result.notebook()));
                terminal.out().flush();
            }
            if (result.exitCode() != 0) {
                terminal.error("the run " + result.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + ": " + result.message() + (toStdout ? "" : "; output written to " + outputPath));
            } else if (!result.message().isEmpty()) {
                terminal.warn(result.message());
            }
            return result.exitCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the output notebook to stdout: " + e.getMessage(), e);
        }
    }

    /**
     * How the built-in engine starts for these options: the host's notebook class path, {@code --cwd} as the agent's
     * working folder, {@code --agent-memory}, the agent cache, and the configuration file {@code hb} and
     * {@code secret(name)} read.
     */
    static EngineOptions engineOptions(RunOptions options, @Nullable Path configFile) {
        Path cwd = options.cwd() == null ? Path.of("").toAbsolutePath() : options.cwd().toAbsolutePath();
        if (!Files.isDirectory(cwd)) {
            throw new BadInputException("--cwd " + options.cwd() + " is not a folder");
        }
        try {
            return EngineOptions.builder()
                    .classPath(NotebookClassPath.forHost())
                    .workingDirectory(cwd)
                    .maxHeap(options.agentMemory())
                    .startTimeout(Duration.ofSeconds(Math.max(1, options.startTimeout())))
                    .cacheDirectory(cacheDirectory())
                    .configFile(configFile == null ? null : configFile.toAbsolutePath())
                    .magics(MavenValidation.unattended())
                    // The run ends right after: its agent leaves on its own, the command need not wait for it.
                    .awaitAgentExit(false)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--agent-memory: " + e.getMessage());
        }
    }

    /** The installed kernelspec that runs the notebook, or null for the built-in Java engine (DESIGN.md §6.B). */
    static @Nullable KernelSpec jupyterKernel(Notebook notebook, RunOptions options) {
        return KernelChoice.forNotebook(notebook, options.kernel(), options.language(), System.getenv());
    }

    /** Reads the input notebook: an .ipynb or a text notebook (.jsh, .java, .py), or stdin ({@code -}, .ipynb). */
    static Notebook read(Path input) {
        if (input.toString().equals("-")) {
            return Notebooks.read(System.in);
        }
        return NotebookFiles.read(input);
    }

    /**
     * The output path with its template expanded (DESIGN.md §6.E): parameters, {@code template}, {@code run_id},
     * {@code {now:PATTERN}}; {@code -} stays stdout.
     */
    static String outputPath(String output, String inputPath, Map<String, SuppliedValue> supplied) {
        if (output.equals("-") || !OutputPaths.isTemplate(output)) {
            return output;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        supplied.forEach((name, value) -> parameters.put(name, value.value()));
        return OutputPaths.expand(output, fields(inputPath, parameters), Instant.now());
    }

    private static Map<String, Object> fields(String inputPath, Map<String, ?> parameters) {
        Map<String, Object> fields = new LinkedHashMap<>(parameters);
        String name = inputPath.equals("-") ? "stdin" : Path.of(inputPath).getFileName().toString();
        int dot = name.lastIndexOf('.');
        fields.put("template", dot > 0 ? name.substring(0, dot) : name);
        fields.put("run_id", UUID.randomUUID().toString());
        return fields;
    }

    private static @Nullable Duration seconds(@Nullable Integer value, String option) {
        if (value == null) {
            return null;
        }
        if (value <= 0) {
            throw new BadInputException(option + " must be a positive number of seconds, not " + value);
        }
        return Duration.ofSeconds(value);
    }

    /** Where the agent's class-data archive lives: {@code $HUNTBOOK_HOME/cache} (default {@code ~/.huntbook}). */
    static Path cacheDirectory() {
        String home = System.getenv("HUNTBOOK_HOME");
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".huntbook")
                : Path.of(home);
        return base.resolve("cache");
    }

    /** Whether stderr goes to a terminal (JDK 22+ says so exactly; JDK 21 only has a console or not). */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
