package io.huntbook.core;

/**
 * Input that Huntbook cannot use: a malformed file, an unknown name, a value of the wrong type. The message is one
 * line that says what is wrong and what to do. Exit code 2.
 */
public class BadInputException extends HuntbookException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.BAD_INPUT;
    }
}
