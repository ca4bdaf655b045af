package io.huntbook.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.data.QueryProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

/** {@code queries.run} goes through the provider of the environment: rendered text, or template and typed values. */
class Queries_ProviderTest {
    private final QueryCatalog catalog = Fixtures.catalog();

    /** A provider that records what it was asked to run and answers with one row. */
    static final class Recording implements QueryProvider {
        final String environment;
        final boolean binds;
        final List<Object> received = java.util.Collections.synchronizedList(new ArrayList<>());

        Recording(String environment, boolean binds) {
            this.environment = environment;
            this.binds = binds;
        }

        @Override
        public String environment() {
            return environment;
        }

        @Override
        public DataFrame query(String renderedQuery) {
            received.add(renderedQuery);
            return DataFrame.foldByRow("rows").of(1);
        }

        @Override
        public boolean bindsParameters() {
            return binds;
        }

        @Override
        public DataFrame query(String template, Map<String, ?> parameters) {
            received.add(template);
            received.add(parameters);
            return DataFrame.foldByRow("rows").of(2);
        }
    }

    @Test
    void aTextProviderReceivesTheRenderedQueryOfItsEnvironment() {
        Recording sentinel = new Recording("LogAnalytics", false);
        DataFrame rows = catalog.using(sentinel).run("Host.list_host_events", Map.of("host_name", "web01"));
        assertThat(rows.getColumn("rows").get(0)).isEqualTo(1);
        assertThat(sentinel.received).singleElement().asString().contains("| where Computer has \"web01\"")
                .contains("datetime(2024-04-30T12:34:56Z)");
    }

    @Test
    void aBindingProviderReceivesTheTemplateAndTypedValuesWithDefaultsApplied() {
        Recording local = new Recording("LocalData", true);
        DataFrame rows = catalog.using(local).run("Host.list_host_events", Map.of("host_name", "o'brien",
                "start", "-1d"));
        assertThat(rows.getColumn("rows").get(0)).isEqualTo(2);
        assertThat(local.received.get(0)).asString().contains("Computer = '{host_name}'");
        assertThat(local.received.get(1)).isEqualTo(Map.of("host_name", "o'brien",
                "start", Instant.parse("2024-04-30T12:34:56Z"), "end", Instant.parse("2024-05-02T12:34:56Z")));
    }
}
