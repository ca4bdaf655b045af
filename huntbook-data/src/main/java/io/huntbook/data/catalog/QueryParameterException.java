package io.huntbook.data.catalog;

import io.huntbook.core.BadInputException;

/**
 * A parameter value that cannot be used: missing, of the wrong type, an unparseable datetime, or text that would
 * escape its place in the query. The message names the query and the parameter.
 */
public final class QueryParameterException extends BadInputException {
    private static final long serialVersionUID = 1L;

    QueryParameterException(String message) {
        super(message);
    }
}
