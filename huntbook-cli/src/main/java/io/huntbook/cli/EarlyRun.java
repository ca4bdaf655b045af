package io.huntbook.cli;

import io.huntbook.core.config.ConfigSource;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.notebook.Notebook;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the Java engine of a {@code huntbook run} line before picocli parses the line. Picocli builds the command's
 * model by reflection, a third of a second of a cold run on two cores, and the engine's start (mostly the compiler's
 * warm-up) can run meanwhile on the other core. Only the plain form {@code run NOTEBOOK ...} of a Java notebook,
 * without an option that changes the engine or the kernel, starts this way; {@link RunCommand} then asks for the
 * engine its parsed options need, and takes this one only when those options are equal (otherwise it is closed).
 */
final class EarlyRun {
    /** Options that change the engine's options, the kernel, or whether anything runs at all. */
    private static final Set<String> ENGINE_CHANGING = Set.of("--cwd", "--agent-memory", "--start-timeout",
            "--start_timeout", "--config", "-k", "--kernel", "-l", "--language", "--prepare-only", "--help-notebook",
            "-h", "--help", "-V", "--version");

    private EarlyRun() {}

    /** Starts the engine in the background when the line is a plain run of a Java notebook; otherwise does nothing. */
    static void begin(String[] args) {
        notebookOf(args).ifPresent(EarlyRun::startFor);
    }

    /** The notebook a plain {@code run NOTEBOOK ...} line names, if the line is one. */
    static Optional<Path> notebookOf(String[] args) {
        int at = Main.commandIndex(args);
        if (at < 0 || !args[at].equals("run") || at + 1 >= args.length) {
            return Optional.empty();
        }
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (ENGINE_CHANGING.contains(name)) {
                return Optional.empty();
            }
        }
        String input = args[at + 1];
        return input.startsWith("-") ? Optional.empty() : Optional.of(Path.of(input));
    }

    private static void startFor(Path input) {
        try {
            Notebook notebook = NotebookExecution.read(input);
            RunOptions defaults = new RunOptions();
            if (NotebookExecution.jupyterKernel(notebook, defaults) == null) {
                Path configFile = ConfigSource.locate(null).map(ConfigSource::file).orElse(null);
                JavaEngine.startEarly(NotebookExecution.engineOptions(defaults, configFile));
            }
        } catch (RuntimeException e) {
            // Nothing started: the command reports what is wrong with the line once picocli has parsed it.
        }
    }
}
