package io.huntbook.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.NotYetAvailableException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryCatalog_BadInputTest {
    private final QueryCatalog catalog = Fixtures.catalog();
    private final Queries sentinel = catalog.forEnvironment("MSSentinel");

    @Test
    void malformedYamlPointsAtTheFileAndLine() {
        assertThatThrownBy(() -> QueryCatalog.load(Fixtures.resource("broken/malformed.yaml")))
                .isInstanceOf(QueryLoadException.class)
                .hasMessageMatching(".*malformed\\.yaml:\\d+: malformed YAML: .*");
    }

    @Test
    void aFileWithoutEnvironmentsOrWithAnUndefinedParameterNamesTheLineAndTheFix() {
        assertThatThrownBy(() -> QueryCatalog.load(Fixtures.resource("broken/no_environments.yaml")))
                .hasMessageContaining("no_environments.yaml:2: metadata.data_environments: missing or empty");
        assertThatThrownBy(() -> QueryCatalog.load(Fixtures.resource("broken/undefined_parameter.yaml")))
                .hasMessageContaining("undefined_parameter.yaml:12: sources.uses_undefined:")
                .hasMessageContaining("host_name");
    }

    @Test
    void aMissingPathSaysWhereQueriesAreConfigured() {
        assertThatThrownBy(() -> QueryCatalog.load(Fixtures.resource("good").resolve("nope")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("QueryDefinitions.Custom");
    }

    @Test
    void anUnknownNameSuggestsCloseNames() {
        assertThatThrownBy(() -> sentinel.dryRun("Host.list_host_event", Map.of()))
                .isInstanceOf(UnknownQueryException.class)
                .hasMessageContaining("did you mean Host.list_host_events");
        assertThatThrownBy(() -> sentinel.dryRun("list_hots_events", Map.of()))
                .hasMessageContaining("Host.list_host_events");
    }

    @Test
    void aNameDefinedOnlyForOtherEnvironmentsNamesThem() {
        assertThatThrownBy(() -> catalog.forEnvironment("LocalData").dryRun("Host.with_macro", Map.of()))
                .isInstanceOf(UnknownQueryException.class)
                .hasMessageContaining("defined only for MDE, MSSentinel, not for LocalData");
    }

    @Test
    void aMissingRequiredParameterIsNamedWithItsTypeAndDescription() {
        assertThatThrownBy(() -> sentinel.dryRun("Host.list_host_events", Map.of()))
                .isInstanceOf(QueryParameterException.class)
                .hasMessageContaining("Host.list_host_events (MSSentinel) needs the required parameter host_name"
                        + " (str: Name of host)");
    }

    @Test
    void aBadDatetimeSaysWhichFormsParse() {
        assertThatThrownBy(() -> sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h",
                "start", "yesterdy")))
                .isInstanceOf(QueryParameterException.class)
                .hasMessageContaining("parameter 'start' of Host.list_host_events: cannot parse \"yesterdy\" as a"
                        + " datetime; use an ISO date or instant")
                .hasMessageContaining("-3d@d");
        assertThatThrownBy(() -> sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h", "limit", "ten")))
                .hasMessageContaining("parameter 'limit' of Host.list_host_events: \"ten\" is not a whole number");
    }

    @Test
    void dataTextWhereTheQueryDoesNotQuoteMustBeAPlainToken() {
        assertThatThrownBy(() -> sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h",
                "table", "SecurityEvent | take 1000000")))
                .isInstanceOf(QueryParameterException.class)
                .hasMessageContaining("parameter 'table'").hasMessageContaining("--fragment table");
        assertThatThrownBy(() -> sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h",
                "add_query_items", QueryFragment.of("| where x == \"unclosed"))))
                .hasMessageContaining("does not close");
    }

    @Test
    void runningWithoutAProviderIsNotYetAvailableButDryRunWorks() {
        assertThatThrownBy(() -> sentinel.run("Host.list_host_events", Map.of("host_name", "h")))
                .isInstanceOf(NotYetAvailableException.class).hasMessageContaining("MSSentinel");
        assertThat(sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h"))).contains("\"h\"");
    }

    @Test
    void theCatalogReadsRelativeTimesWithCoresGrammar() {
        Queries real = DefaultQueryCatalog.load(List.of(Fixtures.resource("good")),
                Clock.fixed(Fixtures.NOW, java.time.ZoneOffset.UTC)).forEnvironment("MSSentinel");
        assertThat(real.dryRun("Host.list_host_events", Map.of("host_name", "h", "start", "now-1h",
                "end", "-3d@d+8h"))).contains("datetime(2024-05-01T11:34:56Z)").contains("datetime(2024-04-28T08:00:00Z)");
    }
}
