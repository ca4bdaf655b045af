package io.huntbook.cli;

import io.huntbook.core.ExitCodes;
import io.huntbook.core.HuntbookException;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
        CommandLine cli = commandLine(args);
        return cli.execute(args);
    }

    static CommandLine commandLine(String... args) {
        HuntbookCommand root = new HuntbookCommand();
        CommandLine cli = new CommandLine(root);
        for (Class<?> command : subcommandsFor(args)) {
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
        cli.setParameterExceptionHandler((ex, rejected) -> {
            CommandLine failed = ex.getCommandLine();
            Terminal terminal = terminal(false);
            terminal.error(ex.getMessage());
            terminal.err().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }

    /**
     * The subcommands to build: only the one the line names when it names one, since picocli builds each command's
     * model by reflection, a tenth of a short run's time; a line that names none (help, a typo) gets them all.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        List<Class<?>> all = Commands.all();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config") || arg.equals("--format")) {
                i++; // a global option's value, never a command
                continue;
            }
            if (arg.startsWith("-")) {
                continue;
            }
            for (Class<?> type : all) {
                Command command = type.getAnnotation(Command.class);
                if (command != null && (command.name().equals(arg) || List.of(command.aliases()).contains(arg))) {
                    return List.of(type);
                }
            }
            return all;
        }
        return all;
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
