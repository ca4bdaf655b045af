package io.huntbook.data.catalog;

import io.huntbook.core.BadInputException;

/** A query name that the catalog does not define for the environment asked for; the message suggests close names. */
public final class UnknownQueryException extends BadInputException {
    private static final long serialVersionUID = 1L;

    UnknownQueryException(String message) {
        super(message);
    }
}
