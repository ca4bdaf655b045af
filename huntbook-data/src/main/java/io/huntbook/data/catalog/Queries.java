package io.huntbook.data.catalog;

import io.huntbook.data.QueryResult;
import io.huntbook.data.split.SplitOptions;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;

/**
 * The queries of one data environment: {@code queries.run("WindowsSecurity.list_host_logons", params)}. Parameter
 * values may be strings (as typed on a command line), numbers, {@code Instant}s and other {@code java.time} values,
 * lists, or {@link QueryFragment}s for parameters that take query code. Names may also be aliases.
 */
public interface Queries {
    /** The canonical environment name. */
    String environment();

    /** The queries of this environment, sorted by name. */
    List<QueryDefinition> list();

    /** As {@link QueryCatalog#search}, within this environment. */
    List<QueryDefinition> search(String text);

    /**
     * The definition of a query.
     *
     * @throws UnknownQueryException with close names, or naming the environments that do define it
     */
    QueryDefinition definition(String name);

    /** MSTICPy-style help: description, then each parameter with its type, default and aliases. */
    String help(String name);

    /** The query text that {@link #run} would send, without running it. */
    String dryRun(String name, Map<String, ?> params);

    /**
     * Renders the query and runs it through this environment's provider.
     *
     * @throws io.huntbook.data.PartialResultException with the rows that came when the service returned only part
     */
    DataFrame run(String name, Map<String, ?> params);

    /** Renders the query and runs it; the result says what is missing when the service returned only part. */
    QueryResult execute(String name, Map<String, ?> params);

    /**
     * Runs the query once per time chunk of its {@code start}..{@code end} range, as {@code split} says, and gathers
     * the rows; a chunk that still fails after its attempts is a problem of the result, never dropped.
     *
     * @throws io.huntbook.core.BadInputException when the query has no {@code start} and {@code end} datetimes
     */
    QueryResult execute(String name, Map<String, ?> params, SplitOptions split);
}
