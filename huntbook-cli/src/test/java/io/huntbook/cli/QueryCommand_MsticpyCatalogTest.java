package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when": QueryDefinitions.Custom pointing at MSTICPy's catalog lists all of it. */
@ConformanceTest
class QueryCommand_MsticpyCatalogTest {
    @TempDir
    Path dir;

    @Test
    void queryListShowsEveryMsticpyQueryFromQueryDefinitionsCustomAndTheyRender() throws Exception {
        Path config = dir.resolve("msticpyconfig.yaml");
        Files.writeString(config, "QueryDefinitions:\n  Custom:\n    - " + TestData.path("msticpy/queries") + "\n");
        CliRun list = CliRun.of("query", "list", "--config", config.toString(), "--format", "json");
        assertThat(list.exitCode()).isZero();
        JsonNode rows = new ObjectMapper().readTree(list.out());
        Set<String> environments = new HashSet<>();
        int msticpy = 0;
        for (JsonNode row : rows) {
            environments.add(row.get("environment").asText());
            if (!row.get("environment").asText().equals("LocalData")) {
                msticpy++;
            }
        }
        assertThat(msticpy).isEqualTo(660);
        assertThat(environments).contains("MSSentinel", "MDE", "M365D", "M365DGraph", "MSGraph", "Splunk",
                "Cybereason", "Prismacloud", "ResourceGraph", "Sumologic", "OpenObserve", "LocalData");
        CliRun dry = CliRun.of("query", "run", "Azure.list_aad_signins_for_ip", "--dry-run", "--provider",
                "MSSentinel", "-p", "ip_address_list", "203.0.113.7,198.51.100.1", "--config", config.toString());
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("| where IPAddress in ('203.0.113.7', '198.51.100.1')");
    }
}
