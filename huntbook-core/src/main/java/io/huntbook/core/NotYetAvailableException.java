package io.huntbook.core;

/**
 * A feature that is designed but not built yet. It says so instead of returning an empty result. Exit code 2,
 * because nothing ran.
 */
public class NotYetAvailableException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public NotYetAvailableException(String what) {
        super(what + " is not available yet in this version of Huntbook");
    }
}
