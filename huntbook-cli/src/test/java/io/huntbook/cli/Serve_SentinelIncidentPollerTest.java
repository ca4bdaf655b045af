package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.server.HuntbookServer;
import io.huntbook.server.JsonLog;
import io.huntbook.server.ServerSettings;
import io.huntbook.server.ledger.RunFilter;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.triggers.EventSource;
import io.huntbook.server.triggers.PollerSpec;
import io.huntbook.testing.RecordedHttpServer;
import io.huntbook.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poller of Microsoft Sentinel incidents: the server's configuration points the MSSentinel provider at a local
 * server speaking the Log Analytics query API; every poll returns the same two incidents, and each becomes exactly one
 * run with its fields as parameters.
 */
class Serve_SentinelIncidentPollerTest {
    private static final String WS = "52b1ab41-869e-4138-9e40-2a4457f09bf0";

    @TempDir
    Path dir;

    @Test
    void eachNewSentinelIncidentRunsTheTemplateOnceWithItsFields() throws Exception {
        Instant recent = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String incidents = """
                {"tables": [{"name": "PrimaryResult",
                  "columns": [{"name": "TimeGenerated", "type": "datetime"}, {"name": "IncidentNumber", "type": "int"},
                              {"name": "Title", "type": "string"}, {"name": "Severity", "type": "string"}],
                  "rows": [["%1$s", 101, "Suspicious PowerShell on WS07", "High"],
                           ["%2$s", 102, "Impossible travel", "Medium"]]}]}
                """.formatted(recent, recent.plusSeconds(30));
        try (RecordedHttpServer sentinel = RecordedHttpServer.start()) {
            for (int i = 0; i < 50; i++) {
                sentinel.expect("POST", "/v1/workspaces/" + WS + "/query").respond(200, incidents);
            }
            Files.writeString(dir.resolve("token.txt"), "poller-token\n");
            Path queries = Files.createDirectories(dir.resolve("queries"));
            Files.writeString(queries.resolve("incidents.yaml"), """
                    metadata:
                      version: 1
                      description: Sentinel incidents
                      data_environments: [MSSentinel]
                      data_families: [SecurityIncident]
                    defaults:
                      parameters:
                        start: {description: Query start time, type: datetime}
                        end: {description: Query end time, type: datetime}
                    sources:
                      list_incidents:
                        description: Incidents created in the time range
                        args:
                          query: 'SecurityIncident | where TimeGenerated between (datetime({start}) .. datetime({end}))'
                        parameters: {}
                    """);
            Path configFile = dir.resolve("huntbook.yaml");
            Files.writeString(configFile, """
                    MSSentinel:
                      Workspaces:
                        Default:
                          WorkspaceId: %2$s
                          TenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                    QueryDefinitions:
                      Custom: [%3$s]
                    DataProviders:
                      MSSentinel:
                        Args:
                          Endpoint: %1$s
                          AccessToken: {File: %4$s}
                          MaxRetries: 0
                    """.formatted(sentinel.uri(), WS, queries, dir.resolve("token.txt")));
            Path templates = Files.createDirectories(dir.resolve("templates"));
            Files.writeString(templates.resolve("incident-triage.jsh"), "// %% tags=[\"parameters\"]\n"
                    + "int incident = 0;\nString title = \"\";\n// %%\nSystem.out.println(incident + \" \" + title);\n");
            ServerSettings settings = ServerSettings.builder(dir.resolve("home")).port(0)
                    .templateRoots(List.of(templates)).queueFolder(null)
                    .poller(new PollerSpec("incidents", "SecurityIncident.list_incidents", "MSSentinel",
                            Duration.ofSeconds(1), Duration.ofHours(24), "IncidentNumber", "TimeGenerated",
                            "incident-triage", Map.of("incident", "{IncidentNumber}", "title", "{Title}")))
                    .build();
            HuntbookConfig config = HuntbookConfig.load(configFile);
            Clock clock = Clock.systemUTC();
            JsonLog log = new JsonLog(new PrintStream(new ByteArrayOutputStream(), true), clock);
            try (HuntbookServer server = HuntbookServer.start(settings, new HuntbookServer.Parts(new EchoExecutor(),
                    null, clock, log, spec -> EventSource.catalog(spec, config)))) {
                Await.until("two runs and three polls", Duration.ofSeconds(60),
                        () -> runs(server).size() >= 2 && sentinel.requests().size() >= 3);
                // Polled three times or more, the same two incidents each time: still two runs.
                assertThat(sentinel.requests().size()).isGreaterThanOrEqualTo(3);
                List<RunRecord> runs = runs(server);
                assertThat(runs).hasSize(2);
                assertThat(runs).extracting(RunRecord::parametersJson).anySatisfy(json -> assertThat(json)
                        .contains("101").contains("Suspicious PowerShell on WS07"));
                assertThat(runs).extracting(RunRecord::parametersJson).anySatisfy(json -> assertThat(json)
                        .contains("102").contains("Impossible travel"));
                RecordedHttpServer.Request first = sentinel.requests().get(0);
                assertThat(first.header("Authorization")).isEqualTo("Bearer poller-token");
                assertThat(first.body()).contains("SecurityIncident | where TimeGenerated between");
            }
        }
    }

    private static List<RunRecord> runs(HuntbookServer server) {
        return server.ledger().list(new RunFilter(null, "incident-triage", null, 100));
    }
}
