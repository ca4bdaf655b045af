package io.huntbook.data;

import java.util.Map;
import org.dflib.DataFrame;

/**
 * Runs rendered queries against one data environment (the SPI behind {@code queries.run}). The query catalog renders
 * a query for the provider's {@link #environment()} and hands over the text; the provider only executes it. Kept
 * deliberately small so that LocalData/DuckDB, Log Analytics, Splunk and others can implement it without depending
 * on the catalog.
 */
public interface QueryProvider {
    /**
     * The data environment this provider serves, as MSTICPy names it ({@code LocalData}, {@code MSSentinel},
     * {@code Splunk}, ...). Aliases MSTICPy accepts ({@code LogAnalytics}, {@code MDATP}) are accepted too.
     */
    String environment();

    /** Executes one rendered query and returns its rows. */
    DataFrame query(String renderedQuery);

    /**
     * Whether this provider binds parameter values itself (prepared statements), in which case {@code queries.run}
     * hands it the query template and the typed values through {@link #query(String, Map)} instead of rendered text.
     */
    default boolean bindsParameters() {
        return false;
    }

    /**
     * Runs a template whose {@code {name}} placeholders take {@code parameters}: {@code String}, {@code Long},
     * {@code Double}, {@code java.time.Instant} or {@code List} values, after the catalog's defaults and coercions.
     * Only called when {@link #bindsParameters()} is true.
     */
    default DataFrame query(String template, Map<String, ?> parameters) {
        throw new UnsupportedOperationException(environment() + " provider does not bind parameters");
    }

    /**
     * Runs one rendered query and returns the rows with what kept some of them from coming (partial errors the
     * service reports). The default wraps {@link #query(String)}; providers whose services report partial results
     * override this and make {@link #query(String)} throw {@link PartialResultException} on a partial result.
     */
    default QueryResult execute(String renderedQuery) {
        return QueryResult.complete(query(renderedQuery));
    }

    /** As {@link #execute(String)} for a provider that {@link #bindsParameters() binds parameters}. */
    default QueryResult execute(String template, Map<String, ?> parameters) {
        return QueryResult.complete(query(template, parameters));
    }
}
