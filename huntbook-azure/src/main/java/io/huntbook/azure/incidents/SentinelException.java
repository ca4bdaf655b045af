package io.huntbook.azure.incidents;

import io.huntbook.core.HuntbookException;

/** Sentinel refused a call or could not be reached. The message holds the status and Azure's error, never a token. */
public class SentinelException extends HuntbookException {
    private final int status;

    public SentinelException(String message, int status) {
        super(message);
        this.status = status;
    }

    public SentinelException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** The HTTP status, or -1 when there was no answer. */
    public int status() {
        return status;
    }
}
