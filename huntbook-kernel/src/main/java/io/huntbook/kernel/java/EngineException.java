package io.huntbook.kernel.java;

import io.huntbook.core.HuntbookException;

/** The engine could not start or lost its agent outside a cell. */
public final class EngineException extends HuntbookException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
