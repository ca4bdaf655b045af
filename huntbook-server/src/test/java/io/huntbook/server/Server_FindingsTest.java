package io.huntbook.server;

import static io.huntbook.server.TestServers.json;
import static io.huntbook.server.TestServers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.server.auth.Role;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.incident.LocalIncidentStore;
import io.huntbook.server.output.FindingsCompletion;
import io.huntbook.server.output.OutputStore;
import io.huntbook.server.output.RunPipeline;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that glues a finding, submitted over HTTP to a server whose completion is the run pipeline: its report and
 * findings copy are written, a local incident is opened and listed by {@code GET /api/incidents}, and a run without
 * a finding opens none.
 */
class Server_FindingsTest {
    static final String HUNT = """
            // %% tags=["parameters"]
            String ip = "192.0.2.1";

            // %%
            boolean bad = ip.startsWith("203.");
            System.out.println(ip + (bad ? " is known bad" : " is clean"));
            glue("finding", bad);
            glue("finding_title", "Known bad address " + ip);
            glue("severity", "High");
            """;

    @TempDir
    Path dir;

    @Test
    void aFindingGivesAReportAndAnIncidentListedByTheApi() throws Exception {
        TestServers.writeTemplate(dir.resolve("templates"), "hunt.jsh", HUNT);
        ServerSettings settings = TestServers.settings(dir).build();
        Clock clock = Clock.systemUTC();
        HuntbookServer.Parts defaults = HuntbookServer.defaultParts(settings, 2,
                new PrintStream(TestServers.LOG, true, StandardCharsets.UTF_8), null);
        HuntbookServer.Parts parts = new HuntbookServer.Parts(defaults.executor(),
                ledger -> new FindingsCompletion(RunPipeline.builder(OutputStore.local(settings.outputRoot()))
                        .incidents(IncidentDispatcher.of(
                                List.of(LocalIncidentStore.of(ledger, LocalIncidentStore.DEFAULT_WINDOW, clock)),
                                ledger, clock))
                        .build()),
                clock, defaults.log(), spec -> { throw new IllegalStateException("no pollers here"); });
        try (HuntbookServer server = HuntbookServer.start(settings, parts)) {
            String operator = TestServers.token(server, Role.OPERATOR);
            String viewer = TestServers.token(server, Role.VIEWER);
            String bad = json(request(server, "POST", "/api/runs", operator,
                    "{\"template\": \"hunt\", \"parameters\": {\"ip\": \"203.0.113.7\"}, \"identifier\": \"bad\"}"))
                    .path("id").asText();
            String clean = json(request(server, "POST", "/api/runs", operator,
                    "{\"template\": \"hunt\", \"parameters\": {\"ip\": \"198.51.100.1\"}, \"identifier\": \"ok\"}"))
                    .path("id").asText();
            TestServers.await("both runs final", 240, () -> List.of(bad, clean).stream().allMatch(id -> {
                String state = json(request(server, "GET", "/api/runs/" + id, viewer, null)).path("state").asText();
                return state.equals("SUCCEEDED") || state.equals("FAILED");
            }));

            JsonNode badRun = json(request(server, "GET", "/api/runs/" + bad, viewer, null));
            assertThat(badRun.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(badRun.toString()).contains("\"finding\":true").contains("Known bad address 203.0.113.7");
            JsonNode incidents = json(request(server, "GET", "/api/incidents", viewer, null));
            assertThat(incidents).hasSize(1);
            assertThat(incidents.get(0).toString()).contains("Known bad address 203.0.113.7");
            assertThat(request(server, "GET", "/api/incidents", null, null).statusCode()).isEqualTo(401);

            Path output = Path.of(java.net.URI.create(badRun.path("outputUri").asText()));
            Path report = output.resolveSibling(output.getFileName().toString().replace(".ipynb", ".html"));
            assertThat(report).exists();
            assertThat(Files.readString(report)).contains("203.0.113.7 is known bad");
            JsonNode cleanRun = json(request(server, "GET", "/api/runs/" + clean, viewer, null));
            assertThat(cleanRun.toString()).contains("\"finding\":false");
        }
    }
}
