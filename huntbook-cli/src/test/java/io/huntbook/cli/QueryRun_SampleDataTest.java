package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.data.sample.Story;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code huntbook query run} with nothing configured: the built-in LocalData catalog over the sample data, generated
 * on first use in the data folder (the build points {@code huntbook.home} under target/).
 */
class QueryRun_SampleDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listAlertsReturnsTheSampleAlertsAsJson() throws Exception {
        CliRun run = CliRun.of("query", "run", "SecurityAlert.list_alerts", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.get("AlertName").asText()));
        assertThat(names).contains("Password Spray", "Malicious IP address", "Suspicious encoded PowerShell command",
                "Communication with a malicious domain", "Possible data exfiltration");
        JsonNode first = rows.get(0);
        assertThat(first.get("TimeGenerated").asText()).endsWith("Z");
        assertThat(first.get("Entities").isArray()).isTrue();
        assertThat(first.has("Severity")).isTrue();
    }

    @Test
    void listHostProcessesReturnsTheHostsProcesses() throws Exception {
        CliRun run = CliRun.of("query", "run", "WindowsSecurity.list_host_processes", "-p", "host_name", "WS07",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        List<String> commandLines = new ArrayList<>();
        rows.forEach(r -> {
            assertThat(r.get("Computer").asText()).isEqualTo("WS07.contoso.local");
            commandLines.add(r.get("CommandLine").asText());
        });
        assertThat(commandLines).contains(Story.STAGER_COMMAND_LINE, Story.DOWNLOAD_COMMAND_LINE);
        assertThat(rows.get(0).get("NewProcessId").asText()).startsWith("0x");
    }

    @Test
    void signinsForAListOfAddressesAndAHostileValue() throws Exception {
        CliRun run = CliRun.of("query", "run", "Azure.list_aad_signins_for_ip", "-p", "ip_address_list",
                Story.ATTACKER_IP + "," + Story.SPRAY_IP, "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).isGreaterThan(20);
        CliRun hostile = CliRun.of("query", "run", "WindowsSecurity.list_host_processes", "-p", "host_name",
                "WS07' OR '1'='1", "--format", "json");
        assertThat(hostile.exitCode()).as(hostile.err()).isZero();
        assertThat(JSON.readTree(hostile.out()).size()).isZero();
    }

    @Test
    void listWithoutQueryFilesShowsTheBuiltInLocalDataQueries() {
        CliRun run = CliRun.of("query", "list", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("LocalData,WindowsSecurity.list_host_processes,",
                "LocalData,SecurityAlert.list_alerts,", "LocalData,Network.list_azure_network_flows_by_ip,");
        CliRun missing = CliRun.of("query", "run", "WindowsSecurity.list_host_processes");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("host_name");
    }
}
