package io.huntbook.server.triggers;

import io.huntbook.core.NotYetAvailableException;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.catalog.Queries;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.local.LocalDataCatalog;
import io.huntbook.data.sample.SampleData;
import java.time.Instant;
import java.util.Map;
import java.util.ServiceLoader;
import org.dflib.DataFrame;

/** Where a poller's events come from: a query run from {@code start} to {@code end}. */
@FunctionalInterface
public interface EventSource {
    DataFrame events(Instant start, Instant end);

    /**
     * A catalog query through an installed provider: the built-in LocalData catalog over the sample data unless the
     * spec names another environment.
     */
    static EventSource catalog(PollerSpec spec) {
        String environment = spec.environment() != null ? spec.environment() : "LocalData";
        QueryCatalog catalog = QueryCatalog.load(LocalDataCatalog.writeTo(SampleData.home().resolve("catalog")));
        return over(catalog.using(provider(environment)), spec.query());
    }

    /** {@code query} of {@code queries} with {@code start} and {@code end}. */
    static EventSource over(Queries queries, String query) {
        return (start, end) -> queries.run(query, Map.of("start", start, "end", end));
    }

    private static QueryProvider provider(String environment) {
        for (QueryProvider candidate : ServiceLoader.load(QueryProvider.class)) {
            if (candidate.environment().equalsIgnoreCase(environment)) {
                return candidate;
            }
        }
        throw new NotYetAvailableException("polling " + environment + " (no query provider for it is installed)");
    }
}
