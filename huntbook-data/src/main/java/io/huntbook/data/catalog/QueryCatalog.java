package io.huntbook.data.catalog;

import io.huntbook.data.QueryProvider;
import java.nio.file.Path;
import java.util.List;

/**
 * The queries of MSTICPy-format YAML files, for every data environment they name. One entry per
 * (environment, {@code Family.query_name}); a query of several families or environments appears under each, as in
 * MSTICPy.
 *
 * <pre>{@code
 * QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
 * Queries sentinel = catalog.forEnvironment("MSSentinel");
 * String kql = sentinel.dryRun("WindowsSecurity.list_host_logons", Map.of("host_name", "web01", "start", "-3d@d"));
 * }</pre>
 */
public interface QueryCatalog {
    /**
     * Reads every {@code .yaml}/{@code .yml} file under each path (folders recursively, in name order). A later file
     * that defines the same (environment, name) replaces the earlier one, as in MSTICPy.
     *
     * @throws QueryLoadException naming {@code file:line} when a file is malformed or breaks MSTICPy's rules
     */
    static QueryCatalog load(Path... paths) {
        return load(List.of(paths));
    }

    /** As {@link #load(Path...)}. */
    static QueryCatalog load(List<Path> paths) {
        return DefaultQueryCatalog.load(paths, java.time.Clock.systemUTC());
    }

    /**
     * The canonical name of an environment as a file or a user writes it ({@code LogAnalytics} is {@code MSSentinel},
     * {@code MDATP} is {@code MDE}); a name MSTICPy does not know is kept as written.
     */
    static String canonicalEnvironment(String written) {
        return Environments.canonical(written);
    }

    /** Every query, sorted by environment then name. */
    List<QueryDefinition> list();

    /** The environments that have queries, canonical names, sorted. */
    List<String> environments();

    /** Every environment's definition of {@code name} ({@code Family.query}, or a bare query name). */
    List<QueryDefinition> find(String name);

    /** Up to three names of any environment close to {@code name} (for "did you mean"). */
    List<String> closeNames(String name);

    /** Queries whose name, description, parameters or text contain every word of {@code text} (any case). */
    List<QueryDefinition> search(String text);

    /** What MSTICPy only warns about while reading (parameters without a type, unknown environments...). */
    List<String> warnings();

    /**
     * The queries of one environment (aliases such as {@code LogAnalytics} accepted), for help and dry runs;
     * {@link Queries#run} needs a provider, see {@link #using}.
     */
    Queries forEnvironment(String environment);

    /** The queries of the provider's environment, run through the provider. */
    Queries using(QueryProvider provider);
}
