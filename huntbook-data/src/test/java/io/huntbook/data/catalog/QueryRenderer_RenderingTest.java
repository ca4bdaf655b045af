package io.huntbook.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryRenderer_RenderingTest {
    private final QueryCatalog catalog = Fixtures.catalog();
    private final Queries sentinel = catalog.forEnvironment("MSSentinel");

    @Test
    void writesKqlDatetimesAsIsoWithZAndRemovesLinesLeftEmpty() {
        String kql = sentinel.dryRun("Host.list_host_events", Map.of("host_name", "web01",
                "start", "2024-04-30", "end", Instant.parse("2024-05-01T06:00:00.250Z")));
        assertThat(kql).isEqualTo("""
                 HostEvents | where TimeGenerated >= datetime(2024-04-30T00:00:00Z) \
                | where TimeGenerated <= datetime(2024-05-01T06:00:00.250000Z) | where Computer has "web01"  | take 100""");
    }

    @Test
    void missingStartAndEndFallBackToMsticpysWindowOfOneDayEitherSideOfNow() {
        String kql = sentinel.dryRun("Host.list_host_events", Map.of("computer", "web01"));
        assertThat(kql).contains("datetime(2024-04-30T12:34:56Z)").contains("datetime(2024-05-02T12:34:56Z)");
    }

    @Test
    void numbersAndIntegerTextAreDayOffsetsFromNowAndTheRelativeGrammarIsDelegated() {
        String kql = sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h", "start", "-2", "end", 0.5));
        assertThat(kql).contains("datetime(2024-04-29T12:34:56Z)").contains("datetime(2024-05-02T00:34:56Z)");
        String rounded = sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h", "start", "-3d@d",
                "end", LocalDate.of(2024, 5, 1)));
        assertThat(rounded).contains("datetime(2024-04-28T00:00:00Z)").contains("datetime(2024-05-01T00:00:00Z)");
    }

    @Test
    void formatsListsPerDriverAndEscapesStringItems() {
        String kql = sentinel.dryRun("Network.list_connections_for_ips",
                Map.of("ip_list", List.of("10.0.0.1", "it's", 7)));
        assertThat(kql).contains("| where SourceIp in ('10.0.0.1', 'it\\'s', 7)");
        String fromText = sentinel.dryRun("Network.list_connections_for_ips", Map.of("ip_list", "10.0.0.1, 10.0.0.2"));
        assertThat(fromText).contains("in ('10.0.0.1', '10.0.0.2')");
        String spl = catalog.forEnvironment("Splunk").dryRun("list_events_for_user",
                Map.of("user", "bob", "start", "2024-04-30T00:00:00Z", "end", "2024-05-01T00:00:00Z"));
        assertThat(spl).isEqualTo("search index=* earliest=\"2024-04-30 00:00:00\" latest=\"2024-05-01 00:00:00\""
                + " user=\"bob\" | where src IN (\"10.0.0.1\",\"10.0.0.2\")");
    }

    @Test
    void catalogDefaultsGoInAsWrittenWhileSuppliedValuesAreEscapedForTheirString() {
        String kql = sentinel.dryRun("Network.list_connections_for_ips", Map.of("ip_list", "1.1.1.1"));
        assertThat(kql).contains("startswith @\"C:\\Windows\"").contains("Comment == 'none'");
        String supplied = sentinel.dryRun("Network.list_connections_for_ips", Map.of("ip_list", "1.1.1.1",
                "path", "C:\\Users\\\"x\"", "comment", "a 'quoted'\nline"));
        assertThat(supplied).contains("startswith @\"C:\\Users\\\"\"x\"\"\"")
                .contains("Comment == 'a \\'quoted\\'\\nline'");
    }

    @Test
    void expandsQueryMacrosWithTheirParametersAndDropsUnknownMacros() {
        String kql = sentinel.dryRun("Host.with_macro", Map.of("account", "alice"));
        assertThat(kql).isEqualTo("HostEvents\n| where Account == \"alice\"\n| where Score > 0.5");
    }

    @Test
    void writesSqlTimestampsAndDoublesQuotesForLocalData() {
        String sql = catalog.forEnvironment("LocalData").dryRun("Host.list_host_events", Map.of(
                "host_name", "o'brien", "start", "2024-04-30T00:00:00Z", "end", "2024-05-01T00:00:00Z"));
        assertThat(sql).isEqualTo("SELECT * FROM host_events WHERE Computer = 'o''brien' AND TimeGenerated BETWEEN"
                + " TIMESTAMP '2024-04-30 00:00:00' AND TIMESTAMP '2024-05-01 00:00:00'");
    }

    @Test
    void sqlWritesDataTextWhereTheTemplateLeavesItUnquotedAsALiteralAsABoundValueWouldBe() {
        String sql = catalog.forEnvironment("LocalData").dryRun("Host.list_host_events", Map.of(
                "host_name", "x' OR 1=1 --", "start", "2024-04-30T00:00:00Z", "end", "2024-05-01T00:00:00Z"));
        assertThat(sql).contains("WHERE Computer = 'x'' OR 1=1 --' AND");
    }

    @Test
    void cybereasonQueriesGetJsonValuesWithEpochMillisecondsAsItsDriverWrites() {
        String json = catalog.forEnvironment("Cybereason").dryRun("Host.find_hosts",
                Map.of("host_list", List.of("web02", "web01\"}", "web01\"}")));
        long start = Instant.parse("2024-04-30T12:34:56Z").toEpochMilli();
        assertThat(json).isEqualTo("{\"queryPath\": [{\"requestedType\": \"Machine\", \"filters\": [{\"facetName\":"
                + " \"elementDisplayName\", \"values\": [\"web01\\\"}\", \"web02\"], \"filterType\": \"MatchesToken\"},"
                + " {\"facetName\": \"creationTime\", \"values\": [" + start + ", " + (start + 86_400_000L)
                + "], \"filterType\": \"Between\"}], \"isResult\": true}]}");
    }

    @Test
    void plainTokensAndFragmentsMayGoWhereTheQueryDoesNotQuote() {
        String kql = sentinel.dryRun("Host.list_host_events", Map.of("host_name", "h", "table", "SecurityEvent",
                "add_query_items", QueryFragment.of("| where Account has \"x\" // a comment"), "limit", "5"));
        assertThat(kql).startsWith(" SecurityEvent |").contains("| where Account has \"x\" // a comment | take 5");
    }
}
