package io.huntbook.data;

import io.huntbook.core.NotYetAvailableException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.catalog.Queries;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.local.LocalDataCatalog;
import io.huntbook.data.sample.SampleData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The query set-up {@code huntbook query} and the notebook's {@code hb.queries()} share: the catalog from the
 * configuration's {@code QueryDefinitions.Custom} folders plus any given paths (with neither, the built-in LocalData
 * catalog over the sample data), and the query provider for an environment from the installed modules
 * ({@code META-INF/services}: {@link QueryProviderFactory} and {@link QueryProvider}). Modules that add providers
 * (cloud SIEMs) plug in there, and both the command line and notebooks see them.
 */
public final class ConfiguredQueries {
    /** The environment queries run in when none is named (DESIGN.md §6.F): the local sample data. */
    public static final String DEFAULT_ENVIRONMENT = "LocalData";

    private ConfiguredQueries() {}

    /** The catalog of {@code config}'s custom query folders and {@code extraPaths}, else the built-in LocalData one. */
    public static QueryCatalog catalog(HuntbookConfig config, List<Path> extraPaths) {
        List<Path> all = new ArrayList<>(config.customQueryPaths());
        all.addAll(extraPaths);
        if (all.isEmpty()) {
            // Nothing configured: the built-in LocalData catalog over the sample data (DESIGN.md §6.F).
            all.add(LocalDataCatalog.writeTo(SampleData.home().resolve("catalog")));
        }
        return QueryCatalog.load(all);
    }

    /** {@code catalog}'s queries for {@code environment}, run by the installed provider for it. */
    public static Queries queries(QueryCatalog catalog, String environment, HuntbookConfig config) {
        return catalog.using(provider(environment, config, Map.of()));
    }

    /**
     * A provider for {@code environment} (any case, MSTICPy's aliases too) from the installed modules
     * ({@code META-INF/services}): the {@link QueryProviderFactory factories} that read {@code config} (and
     * {@code args}, the caller's own settings, which win over the file) first, then plain {@link QueryProvider}s.
     *
     * @throws NotYetAvailableException when no installed module serves it
     */
    public static QueryProvider provider(String environment, HuntbookConfig config, Map<String, String> args) {
        String canonical = QueryCatalog.canonicalEnvironment(environment);
        ClassLoader loader = ConfiguredQueries.class.getClassLoader();
        for (QueryProviderFactory factory : ServiceLoader.load(QueryProviderFactory.class, loader)) {
            for (String served : factory.environments()) {
                if (served.equalsIgnoreCase(canonical) || served.equalsIgnoreCase(environment)) {
                    return factory.create(served, config, args);
                }
            }
        }
        for (QueryProvider candidate : ServiceLoader.load(QueryProvider.class, loader)) {
            if (candidate.environment().equalsIgnoreCase(environment)) {
                return candidate;
            }
        }
        throw new NotYetAvailableException("running " + environment + " queries (no query provider for "
                + environment + " is installed; --dry-run prints the query)");
    }
}
