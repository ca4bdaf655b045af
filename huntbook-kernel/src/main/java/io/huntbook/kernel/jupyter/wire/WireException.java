package io.huntbook.kernel.jupyter.wire;

import io.huntbook.core.HuntbookException;

/** A message that cannot be trusted or read: a bad signature, a missing delimiter, JSON that is not an object. */
public final class WireException extends HuntbookException {
    private static final long serialVersionUID = 1L;

    public WireException(String message) {
        super(message);
    }

    public WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
