package io.huntbook.server.incident;

import io.huntbook.core.HuntbookException;

/** An incident system refused a call or could not be reached; the message never holds a secret. */
public class IncidentSinkException extends HuntbookException {
    public IncidentSinkException(String message) {
        super(message);
    }

    public IncidentSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
