package io.huntbook.cli;

import io.huntbook.core.ExitCodes;
import io.huntbook.core.HuntbookException;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code huntbook} entry point. It builds the command tree from {@link Commands}, and maps every error to one
 * line on stderr and an exit code of the contract (DESIGN.md §6.A): 2 for usage and bad input, 1 for work that
 * failed, 138 for a dead kernel. Stack traces only with {@code --debug}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code, without exiting (tests and the benchmark use this). */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        HuntbookCommand root = new HuntbookCommand();
        CommandLine cli = new CommandLine(root);
        for (Class<?> command : Commands.all()) {
            cli.addSubcommand(command);
        }
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = root.global().debug();
            Terminal terminal = terminal(root.global().quiet());
            if (debug) {
                ex.printStackTrace(terminal.err());
            }
            terminal.error(messageOf(ex) + (debug ? "" : hint(ex)));
            return exitCodeOf(ex);
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            Terminal terminal = terminal(false);
            terminal.error(ex.getMessage());
            terminal.err().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }

    static Terminal terminal(boolean quiet) {
        return new Terminal(new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(System.err, true, StandardCharsets.UTF_8), quiet);
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof HuntbookException h) {
            return h.exitCode();
        }
        if (ex instanceof ParameterException) {
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof NoSuchFileException || ex instanceof FileNotFoundException
                || ex.getCause() instanceof NoSuchFileException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.FAILED;
    }

    static String messageOf(Throwable ex) {
        if (ex instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile();
        }
        if (ex instanceof UncheckedIOException uio && uio.getCause() instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile();
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    private static String hint(Throwable ex) {
        return ex instanceof HuntbookException || exitCodeOf(ex) == ExitCodes.BAD_INPUT
                ? "" : " (run with --debug for details)";
    }
}
