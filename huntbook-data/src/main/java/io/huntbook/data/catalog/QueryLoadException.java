package io.huntbook.data.catalog;

import io.huntbook.core.BadInputException;

/** A query file that cannot be read or breaks MSTICPy's rules; the message starts with {@code file:line:}. */
public final class QueryLoadException extends BadInputException {
    private static final long serialVersionUID = 1L;

    QueryLoadException(String message) {
        super(message);
    }

    QueryLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
