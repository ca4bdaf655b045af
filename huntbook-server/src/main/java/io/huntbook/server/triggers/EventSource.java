package io.huntbook.server.triggers;

import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.ConfiguredQueries;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.catalog.Queries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;

/** Where a poller's events come from: a query run from {@code start} to {@code end}. */
@FunctionalInterface
public interface EventSource {
    DataFrame events(Instant start, Instant end);

    /** {@link #catalog(PollerSpec, HuntbookConfig)} without a configuration file. */
    static EventSource catalog(PollerSpec spec) {
        return catalog(spec, HuntbookConfig.empty());
    }

    /**
     * A catalog query through the provider installed for the spec's environment (default LocalData over the sample
     * data), found as {@code huntbook query} finds it ({@link ConfiguredQueries}).
     *
     * @throws io.huntbook.core.NotYetAvailableException when no installed module serves the environment
     */
    static EventSource catalog(PollerSpec spec, HuntbookConfig config) {
        String environment = spec.environment() != null ? spec.environment() : ConfiguredQueries.DEFAULT_ENVIRONMENT;
        // The provider first: an environment nothing serves fails before the built-in catalog is written out.
        QueryProvider provider = ConfiguredQueries.provider(environment, config, Map.of());
        return over(ConfiguredQueries.catalog(config, List.of()).using(provider), spec.query());
    }

    /** {@code query} of {@code queries} with {@code start} and {@code end}. */
    static EventSource over(Queries queries, String query) {
        return (start, end) -> queries.run(query, Map.of("start", start, "end", end));
    }
}
