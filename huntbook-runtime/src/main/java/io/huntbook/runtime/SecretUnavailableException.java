package io.huntbook.runtime;

/** {@code secret(name)} could not give a value: no source defines it, or no secret source is installed. */
public final class SecretUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretUnavailableException(String message) {
        super(message);
    }
}
