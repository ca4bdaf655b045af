package io.huntbook.data.catalog;

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

    /** Renders the query and runs it through this environment's provider. */
    DataFrame run(String name, Map<String, ?> params);
}
