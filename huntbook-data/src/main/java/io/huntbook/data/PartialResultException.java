package io.huntbook.data;

import io.huntbook.core.HuntbookException;

/**
 * Thrown where a caller asked for a frame and the query returned only part of its rows; {@link #result()} has the rows
 * that came and what went wrong, so nothing is dropped silently.
 */
public class PartialResultException extends HuntbookException {
    private static final long serialVersionUID = 1L;

    private final transient QueryResult result;

    public PartialResultException(QueryResult result) {
        super("partial result: " + result.rows().height() + " rows came, but " + summary(result));
        this.result = result;
    }

    private static String summary(QueryResult result) {
        var problems = result.problems();
        String first = problems.isEmpty() ? "" : problems.get(0).toString();
        return problems.size() == 1 ? first : problems.size() + " parts failed (first: " + first + ")";
    }

    /** The rows that came and the problems. */
    public QueryResult result() {
        return result;
    }
}
