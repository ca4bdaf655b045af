package io.huntbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand: it reaches the global options, the terminal and the output writer, and returns an
 * exit code. Errors are thrown, never printed here: {@link Main} maps them to exit codes in one place.
 */
public abstract class Subcommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    private Terminal terminal;

    /** The global options, wherever on the line they were given. */
    protected final GlobalOptions global() {
        return ((HuntbookCommand) spec.root().userObject()).global();
    }

    /** stdout and stderr, honouring {@code -q}. */
    protected final Terminal terminal() {
        if (terminal == null) {
            terminal = Main.terminal(global().quiet());
        }
        return terminal;
    }

    /** Writes results in the chosen format. */
    protected final Output output() {
        return new Output(terminal(), global().format());
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** Does the work and returns the exit code (usually {@link io.huntbook.core.ExitCodes#OK}). */
    protected abstract int execute() throws Exception;
}
