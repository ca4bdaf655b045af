package io.huntbook.data.provider;

import io.huntbook.data.QueryProvider;
import java.util.Map;
import org.dflib.DataFrame;

/**
 * A source of tables that queries run against: a SIEM, a SQL database, local files. It is what MSTICPy calls a
 * query provider's driver: connect, query, schema. Results are DFLib frames with typed columns: timestamps as
 * {@link java.time.Instant} in UTC, integers as {@code long}, floating point as {@code double}, booleans as
 * {@code boolean}, and nested or JSON values as Jackson {@code JsonNode}s, so they are written back as JSON.
 *
 * <p>It is the catalog's {@link QueryProvider}, one that binds parameters: {@code queries.run} hands it the template
 * and typed values, and {@link #query(String, Map)} binds each {@code {name}} placeholder as a prepared-statement
 * value ({@link SqlTemplate}), never pasting it into the text, so a parameter cannot change what the query does.
 * {@link #query(String)} runs a query exactly as given.
 */
public interface DataProvider extends QueryProvider, AutoCloseable {
    /** The data environment this provider serves, as the catalog names it ({@code LocalData}, {@code PostgreSQL}...). */
    @Override
    String environment();

    /** Opens the connection. Idempotent; a query connects by itself when this was not called. */
    void connect();

    /** Whether {@link #connect()} succeeded and {@link #close()} was not called since. */
    boolean connected();

    /** Runs a query in the provider's own language exactly as given (braces are not placeholders here). */
    @Override
    DataFrame query(String query);

    /**
     * Runs a query template whose {@code {name}} placeholders take the values of {@code parameters}, bound as
     * values, never pasted as text. A placeholder without a value is a {@link io.huntbook.core.BadInputException}.
     */
    @Override
    DataFrame query(String template, Map<String, ?> parameters);

    /** JDBC providers bind every parameter as a prepared-statement value, so the catalog hands them the template. */
    @Override
    default boolean bindsParameters() {
        return true;
    }

    /** The tables this provider can query and their columns with their types, in a stable order. */
    Map<String, Map<String, String>> schema();

    /** Releases the connection; the provider can connect again afterwards. */
    @Override
    void close();
}
