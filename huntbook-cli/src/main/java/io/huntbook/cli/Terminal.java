package io.huntbook.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The two streams of the contract: stdout carries the result only; progress, warnings and errors go to stderr, and
 * {@code -q} silences all but errors.
 */
public final class Terminal {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;

    public Terminal(PrintStream out, PrintStream err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    static Terminal system(boolean quiet) {
        return new Terminal(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8), new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8), quiet);
    }

    /** Where results go. */
    public PrintStream out() {
        return out;
    }

    /** Where diagnostics go. */
    public PrintStream err() {
        return err;
    }

    /** A warning on stderr, unless quiet. */
    public void warn(String message) {
        if (!quiet) {
            err.println("huntbook: warning: " + message);
        }
    }

    /** A progress line on stderr, unless quiet. */
    public void progress(String message) {
        if (!quiet) {
            err.println(message);
        }
    }

    /** An error line on stderr; never silenced. */
    public void error(String message) {
        err.println("huntbook: " + message);
    }
}
