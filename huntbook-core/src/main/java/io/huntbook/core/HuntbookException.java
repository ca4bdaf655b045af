package io.huntbook.core;

/**
 * The root of Huntbook's errors. Each subclass maps to one exit code of the command-line contract, so a command
 * never decides an exit code by itself: it throws, and the CLI maps.
 */
public class HuntbookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HuntbookException(String message) {
        super(message);
    }

    public HuntbookException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code this error means: 1 unless a subclass says otherwise. */
    public int exitCode() {
        return ExitCodes.FAILED;
    }
}
