package io.huntbook.data.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.sample.SampleData;
import io.huntbook.data.sample.SampleOptions;
import io.huntbook.data.sample.SampleSet;
import io.huntbook.data.sample.Story;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query of the LocalData catalog runs over the sample, and the hunt's queries find the story. */
class LocalDataCatalog_SampleQueriesTest {
    @TempDir
    static Path dir;
    static SampleSet sample;
    static JsonNode catalog;
    static QueryCatalog queries;
    static final LocalDate ANCHOR = LocalDate.of(2024, 5, 14);

    @BeforeAll
    static void setUp() throws Exception {
        sample = SampleData.generate(dir.resolve("sample"), new SampleOptions(1, ANCHOR, 2_000));
        catalog = new YAMLMapper().readTree(LocalDataCatalog.content());
        queries = QueryCatalog.load(LocalDataCatalog.writeTo(dir.resolve("catalog")));
        assertThat(queries.warnings()).isEmpty();
    }

    static final Map<String, Object> VALUES = Map.of(
            "host_name", "ws07", "process_name", "powershell", "logon_session_id", Story.LOGON_ID,
            "account_name", "MeganB", "ip_address", Story.ATTACKER_IP, "ip_address_list", List.of(Story.ATTACKER_IP),
            "source_ip_list", List.of(Story.ATTACKER_IP, Story.SPRAY_IP), "domain", "huntbook-sample.net",
            "sys_alert_id", "none");

    /** Runs a query of the catalog by its bare name, through the catalog's renderer, as {@code query run} does. */
    private DataFrame run(LocalData data, String name) {
        JsonNode source = catalog.get("sources").get(name);
        Map<String, Object> params = new HashMap<>();
        params.put("start", Instant.parse("2024-05-13T00:00:00Z"));
        params.put("end", Instant.parse("2024-05-15T00:00:00Z"));
        source.path("parameters").fieldNames().forEachRemaining(p -> params.put(p, VALUES.get(p)));
        switch (name) {
            case "dns_lookups_from_ip" -> params.put("ip_address", Story.HOST_IP);
            case "list_host_logon_failures" -> params.put("host_name", "WEB01");
            default -> { }
        }
        String family = source.get("metadata").get("data_families").get(0).asText();
        return queries.using(data).run(family + "." + name, params);
    }

    @Test
    void everyQueryRuns() {
        Map<String, Integer> heights = new LinkedHashMap<>();
        try (LocalData data = sample.localData()) {
            catalog.get("sources").fieldNames().forEachRemaining(name -> heights.put(name, run(data, name).height()));
        }
        assertThat(heights).hasSize(catalog.get("sources").size());
        assertThat(heights).allSatisfy((name, rows) -> {
            if (!name.equals("get_alert")) {
                assertThat(rows).as(name).isPositive();
            }
        });
    }

    @Test
    void aHostileValueStaysAValue() {
        try (LocalData data = sample.localData()) {
            Map<String, Object> params = Map.of("host_name", "WS07' OR '1'='1", "start", "2024-05-13", "end", "2024-05-15");
            assertThat(queries.using(data).run("WindowsSecurity.list_host_processes", params).height()).isZero();
        }
    }

    @Test
    void theHuntsQueriesFindTheStory() {
        try (LocalData data = sample.localData()) {
            DataFrame procs = run(data, "list_host_processes");
            assertThat(procs.getColumn("CommandLine").toList()).contains(Story.STAGER_COMMAND_LINE);
            assertThat(procs.getColumn("Computer").toList()).containsOnly("WS07.contoso.local");
            assertThat(procs.getColumn("TimeCreatedUtc").get(0)).isInstanceOf(Instant.class);
            DataFrame alerts = run(data, "list_alerts");
            assertThat(alerts.getColumn("Severity").toList()).contains("High");
            assertThat(alerts.getColumn("CompromisedEntity").toList()).contains(Story.HOST);
            assertThat(alerts.getColumnsIndex().toArray()).contains("AlertDisplayName", "StartTimeUtc", "Entities");
            assertThat(run(data, "list_aad_signins_for_ip").getColumn("UserPrincipalName").toList())
                    .containsOnly(Story.USER);
            assertThat(run(data, "list_activity_for_ip").getColumn("Operation").toList()).contains("New-InboxRule");
            assertThat(run(data, "list_azure_network_flows_by_ip").height()).isGreaterThan(300);
            assertThat(run(data, "list_logon_attempts_by_ip").getColumn("LogonType").toList()).containsOnly(10L);
            assertThat(run(data, "list_alerts_for_ip").getColumn("AlertName").toList())
                    .contains("Password Spray", "Malicious IP address", "Communication with a malicious domain");
        }
    }
}
