package io.huntbook.data;

import org.dflib.DataFrame;

/**
 * A provider whose service can answer with part of the rows and an error (Log Analytics' {@code PartialError},
 * Kusto's in-data errors): {@link #execute(String)} is what it implements, and {@link #query(String)} gives the rows
 * only when they are all there, else a {@link PartialResultException} carrying them.
 */
public interface ReportingQueryProvider extends QueryProvider {
    @Override
    QueryResult execute(String renderedQuery);

    @Override
    default DataFrame query(String renderedQuery) {
        return execute(renderedQuery).rowsOrThrow();
    }
}
