package io.huntbook.data.catalog;

/**
 * Query text that the caller means as code, for parameters that MSTICPy's files insert unquoted (such as
 * {@code add_query_items} or {@code event_filter}). A plain string value for such a parameter must be a single plain
 * token (a name, a number, {@code *}); anything else has to be passed as a fragment, so that a value taken from data
 * can never become query code by accident. Quotes in a fragment must be balanced.
 *
 * @param text the query text, inserted as it is
 */
public record QueryFragment(String text) {
    /** A fragment of query code. */
    public static QueryFragment of(String text) {
        return new QueryFragment(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
