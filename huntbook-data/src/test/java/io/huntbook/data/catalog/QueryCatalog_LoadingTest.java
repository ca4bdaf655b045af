package io.huntbook.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCatalog_LoadingTest {
    private final QueryCatalog catalog = Fixtures.catalog();

    @Test
    void listsOneEntryPerEnvironmentAndFamilyQualifiedName() {
        List<String> rows = catalog.list().stream().map(q -> q.environment() + " " + q.name()).toList();
        assertThat(rows).contains(
                "MSSentinel Host.list_host_events", "MSSentinel Net.Firewall.list_host_events",
                "MDE Host.list_host_events", "MSSentinel Network.list_connections_for_ips",
                "Splunk SplunkGeneral.list_events_for_user", "LocalData Host.list_host_events",
                "Cybereason Host.find_hosts");
        // MDATP and MDE are one environment in MSTICPy: listed once, not twice.
        assertThat(rows).doesNotHaveDuplicates();
        assertThat(rows.stream().filter(r -> r.equals("MDE Host.list_host_events"))).hasSize(1);
        assertThat(catalog.environments()).containsExactly("Cybereason", "LocalData", "MDE", "MSSentinel", "Splunk");
        // kql/hosts.yaml: 3 queries; 2 of them in 2 families; 2 environments -> (2*2 + 1) * 2 = 10.
        assertThat(catalog.list()).hasSize(10 + 1 + 1 + 1);
    }

    @Test
    void mergesDefaultParametersWithTheQuerysOwnAndKeepsTypesDefaultsAndAliases() {
        QueryDefinition q = catalog.forEnvironment("LogAnalytics").definition("Host.list_host_events");
        assertThat(q.environment()).isEqualTo("MSSentinel");
        assertThat(q.description()).isEqualTo("Events of one host in the time range");
        assertThat(q.parameterNames()).containsExactly("add_query_items", "end", "host_name", "limit", "start", "table");
        QueryParameter host = q.parameter("hostname").orElseThrow();
        assertThat(host.name()).isEqualTo("host_name");
        assertThat(host.required()).isTrue();
        assertThat(host.aliases()).containsExactly("hostname", "computer");
        QueryParameter limit = q.parameter("limit").orElseThrow();
        assertThat(limit.type()).isEqualTo(ParameterType.INT);
        assertThat(limit.defaultValue()).isEqualTo(100);
        assertThat(q.parameter("start").orElseThrow().type()).isEqualTo(ParameterType.DATETIME);
        assertThat(q.metadata()).containsEntry("data_source", "host_events");
        assertThat(q.location()).endsWith("hosts.yaml:27");
    }

    @Test
    void aQuerysOwnDataFamiliesReplaceTheFilesAndAParameterWithoutTypeIsReadAsStrWithAWarning() {
        assertThat(catalog.find("list_connections_for_ips")).extracting(QueryDefinition::name)
                .containsOnly("Network.list_connections_for_ips");
        QueryDefinition macro = catalog.forEnvironment("MSSentinel").definition("Host.with_macro");
        assertThat(macro.parameter("threshold").orElseThrow().type()).isEqualTo(ParameterType.FLOAT);
        assertThat(catalog.warnings()).noneMatch(w -> w.contains("threshold"));
        assertThat(macro.parameter("note").orElseThrow().type()).isEqualTo(ParameterType.STR);
        assertThat(catalog.warnings()).anyMatch(w -> w.contains("hosts.yaml:") && w.contains("'note' has no type"));
    }

    @Test
    void findShowsEveryEnvironmentDefiningANameAndSearchMatchesEveryWord() {
        assertThat(catalog.find("Host.list_host_events")).extracting(QueryDefinition::environment)
                .containsExactly("LocalData", "MDE", "MSSentinel");
        assertThat(catalog.search("addresses CONNECTIONS")).extracting(QueryDefinition::name)
                .containsOnly("Network.list_connections_for_ips");
        assertThat(catalog.forEnvironment("Splunk").search("user")).extracting(QueryDefinition::name)
                .containsExactly("SplunkGeneral.list_events_for_user");
    }

    @Test
    void helpListsParametersWithTypesDefaultsAndAliases() {
        String help = catalog.forEnvironment("MSSentinel").help("Host.list_host_events");
        assertThat(help).contains("Events of one host in the time range")
                .contains("host_name: str\n    Name of host\n    Aliases: 'hostname', 'computer'")
                .contains("limit: int (optional)\n    Most rows to return\n    (default value is: 100)")
                .contains("Data source:  MSSentinel");
    }
}
