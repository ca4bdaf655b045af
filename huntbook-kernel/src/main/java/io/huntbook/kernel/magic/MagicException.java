package io.huntbook.kernel.magic;

/** A magic line that cannot be carried out: the message says which line, why, and what to do. */
public final class MagicException extends RuntimeException {
    public MagicException(String message) {
        super(message);
    }

    public MagicException(String message, Throwable cause) {
        super(message, cause);
    }
}
