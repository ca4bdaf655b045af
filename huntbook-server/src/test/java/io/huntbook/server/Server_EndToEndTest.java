package io.huntbook.server;

import static io.huntbook.server.TestServers.json;
import static io.huntbook.server.TestServers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.local.LocalData;
import io.huntbook.data.local.LocalDataCatalog;
import io.huntbook.server.auth.Role;
import io.huntbook.server.triggers.EventSource;
import io.huntbook.server.triggers.PollerSpec;
import io.huntbook.server.triggers.ScheduleSpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": with the server running on the real runner (a Java engine per run), a dropped job file, an
 * HTTP submission, a schedule and a poller each produce runs that GET /api/runs lists with their outputs, and a
 * request without a token gets 401.
 */
class Server_EndToEndTest {
    @TempDir
    Path dir;

    @Test
    void every_trigger_produces_a_run_listed_with_its_output() throws Exception {
        Path csv = dir.resolve("data/SecurityAlert.csv");
        Files.createDirectories(csv.getParent());
        Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
        Files.writeString(csv, Poller_WatermarkAcrossRestartTest.HEADER
                + Poller_WatermarkAcrossRestartTest.alert("alert-e2e", time));
        Path catalog = LocalDataCatalog.writeTo(dir.resolve("catalog"));
        EventSource source = (start, end) -> {
            try (LocalData local = LocalData.builder().table("SecurityAlert", csv).build()) {
                return QueryCatalog.load(catalog).using(local).run("SecurityAlert.list_alerts",
                        Map.of("start", start, "end", end));
            }
        };
        Path queue = dir.resolve("queue");
        ServerSettings settings = TestServers.settings(dir).queueFolder(queue)
                .schedule(new ScheduleSpec("every-10s", "*/10 * * * * *", ZoneId.of("UTC"),
                        new Job("triage", Map.of("ip", "now-1h"), null, null, null)))
                .poller(new PollerSpec("alerts", "SecurityAlert.list_alerts", null, Duration.ofSeconds(1),
                        Duration.ofDays(1), "SystemAlertId", "TimeGenerated", "triage",
                        Map.of("ip", "{CompromisedEntity}")))
                .build();
        Clock clock = Clock.systemUTC();
        HuntbookServer.Parts defaults = HuntbookServer.defaultParts(settings, 2,
                new PrintStream(TestServers.LOG, true, StandardCharsets.UTF_8), null);
        HuntbookServer.Parts parts = new HuntbookServer.Parts(defaults.executor(), null, clock, defaults.log(),
                spec -> source);
        try (HuntbookServer server = HuntbookServer.start(settings, parts)) {
            String operator = TestServers.token(server, Role.OPERATOR);
            String viewer = TestServers.token(server, Role.VIEWER);
            assertThat(request(server, "GET", "/api/runs", null, null).statusCode()).isEqualTo(401);

            var submitted = request(server, "POST", "/api/runs", operator,
                    "{\"template\": \"triage\", \"parameters\": {\"ip\": \"203.0.113.7\"}, \"identifier\": \"web\"}");
            assertThat(submitted.statusCode()).isEqualTo(202);
            String httpRun = json(submitted).path("id").asText();
            Files.writeString(queue.resolve("drop.tmp"), "template: triage\nparameters: {ip: 198.51.100.9}\n");
            Files.setLastModifiedTime(queue.resolve("drop.tmp"),
                    java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(5)));
            Files.move(queue.resolve("drop.tmp"), queue.resolve("drop.yaml"));

            TestServers.await("a succeeded run from every trigger", 240, () -> {
                Set<String> triggers = new HashSet<>();
                for (JsonNode run : json(request(server, "GET", "/api/runs?status=succeeded", viewer, null))) {
                    if (run.path("outputUri").asText().startsWith("file:")) {
                        triggers.add(run.path("trigger").asText());
                    }
                }
                return triggers.containsAll(Set.of("http", "file", "schedule", "poller"));
            });

            JsonNode run = json(request(server, "GET", "/api/runs/" + httpRun, viewer, null));
            assertThat(run.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(run.path("exitCode").asInt()).isZero();
            Path output = Path.of(java.net.URI.create(run.path("outputUri").asText()));
            assertThat(output).startsWith(settings.outputRoot()).exists();
            String notebook = request(server, "GET", "/api/runs/" + httpRun + "/notebook", viewer, null).body();
            assertThat(notebook).contains("looking at 203.0.113.7 for 1 days");
            assertThat(TestServers.LOG.toString(StandardCharsets.UTF_8))
                    .contains("\"event\":\"run.finished\"").contains("\"run_id\":\"" + httpRun + "\"");
        }
    }
}
