package io.huntbook.data.provider;

import io.huntbook.core.HuntbookException;

/** A query that the data source refused or could not run: the message names the source and its own reason. */
public class QueryFailedException extends HuntbookException {
    private static final long serialVersionUID = 1L;

    public QueryFailedException(String message) {
        super(message);
    }

    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
