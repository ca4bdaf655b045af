package io.huntbook.core.config;

import io.huntbook.core.BadInputException;

/** A secret reference that cannot be resolved now. The message names the reference and the reason, never a value. */
public class SecretUnavailableException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public SecretUnavailableException(SecretReference reference, String reason, String fix) {
        super(reference.where() + ": " + reference.path() + ": cannot resolve " + reference + ": " + reason + ": " + fix);
    }

    public SecretUnavailableException(String message) {
        super(message);
    }
}
