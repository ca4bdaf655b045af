package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.data.sample.SampleData;
import io.huntbook.data.sample.SampleOptions;
import io.huntbook.data.sample.Story;
import io.huntbook.testing.ThreatListConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huntbook run} of a Java notebook that uses {@code hb}: catalog queries over the sample data and threat intel
 * over the LocalList the configuration names, with nothing but the prelude's {@code hb}.
 */
class RunCommand_SessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void hbQueriesTheSampleDataAndLooksUpTheConfiguredThreatList() throws Exception {
        SampleData.ensure(SampleData.defaultFolder(), SampleOptions.defaults());
        Path config = ThreatListConfig.write(dir, Story.ATTACKER_IP, "high");
        Path notebook = dir.resolve("hb.jsh");
        Files.writeString(notebook, """
                // %% tags=["parameters"]
                String ip = "198.51.100.1";

                // %%
                var alerts = hb.queries().run("SecurityAlert.list_alerts", Map.of());
                glue("alerts", alerts.height());
                glue("spray", alerts.getColumn("AlertName").toList().contains("Password Spray"));
                var hosts = hb.queries().run("WindowsSecurity.list_host_processes", Map.of("host_name", "WS07"));
                glue("ws07_processes", hosts.height());

                // %%
                var ti = hb.threatIntel().lookup(ip);
                glue("flagged_by", ti.stream().filter(r -> r.result()).map(r -> r.provider()).toList());
                glue("severity", ti.get(0).severity().toString());
                hb
                """);
        Path out = dir.resolve("out.ipynb");
        CliRun run = CliRun.of("--config", config.toString(), "run", notebook.toString(), out.toString(),
                "-p", "ip", Story.ATTACKER_IP, "--no-progress-bar");
        assertThat(run.exitCode()).as(run.err()).isZero();

        CliRun scraps = CliRun.of("scraps", out.toString(), "--json");
        assertThat(scraps.exitCode()).as(scraps.err()).isZero();
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        JSON.readTree(scraps.out()).forEach(s -> byName.put(s.path("name").asText(), s.path("data")));
        CliRun sameQuery = CliRun.of("query", "run", "SecurityAlert.list_alerts", "--format", "json");
        assertThat(sameQuery.exitCode()).as(sameQuery.err()).isZero();
        assertThat(byName.get("alerts").asInt()).isPositive().isEqualTo(JSON.readTree(sameQuery.out()).size());
        assertThat(byName.get("spray").asBoolean()).isTrue();
        assertThat(byName.get("ws07_processes").asInt()).isPositive();
        assertThat(byName.get("flagged_by").toString()).isEqualTo("[\"Corporate\"]");
        assertThat(byName.get("severity").asText()).isEqualToIgnoringCase("high");
        assertThat(Files.readString(out)).contains("Huntbook session (" + config.toAbsolutePath());
    }
}
