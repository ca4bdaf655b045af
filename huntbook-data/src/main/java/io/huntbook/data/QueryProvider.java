package io.huntbook.data;

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
}
