package io.huntbook.server;

import static io.huntbook.server.TestServers.json;
import static io.huntbook.server.TestServers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.server.auth.Role;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on its warm pool with real agent JVMs: six runs of templates in two folders through a pool of two never
 * have more than two agents alive, each run gets a fresh engine started in its template's folder (nothing of the
 * previous run is visible), {@code /metrics} shows the pool's engines, and closing the server leaves no agent process.
 */
class Server_WarmPoolTest {
    /**
     * Reads a file next to the template (so it runs in the template's folder), shows what the previous run on the same
     * JVM left in a system property (nothing, when every run has its own agent), and holds its engine busy until the
     * test has seen busy engines in {@code /metrics} and writes {@code release} into the folder.
     */
    private static final String PROBE = """
            // %% tags=["parameters"]
            int n = 0;

            // %%
            String previous = System.getProperty("huntbook.test.previous");
            System.setProperty("huntbook.test.previous", "run " + n);
            while (!java.nio.file.Files.exists(java.nio.file.Path.of("release"))) Thread.sleep(20);
            System.out.println("previous=" + previous + " marker="
                    + java.nio.file.Files.readString(java.nio.file.Path.of("marker.txt")).strip() + " n=" + n);
            """;

    @TempDir
    Path dir;

    @Test
    void sixRunsInTwoFoldersOnAPoolOfTwoAgentsThenNoAgentLeft() throws Exception {
        Path templates = dir.resolve("templates");
        TestServers.writeTemplate(templates, "probe.jsh", PROBE);
        TestServers.writeTemplate(templates, "team/probe.jsh", PROBE);
        Files.writeString(templates.resolve("marker.txt"), "root-folder");
        Files.writeString(templates.resolve("team/marker.txt"), "team-folder");
        ServerSettings settings = TestServers.settings(dir).concurrency(2).build();
        HuntbookServer.Parts parts = HuntbookServer.defaultParts(settings, 2,
                new PrintStream(TestServers.LOG, true, StandardCharsets.UTF_8), null);

        AgentCensus census = new AgentCensus();
        Thread sampler = Thread.ofPlatform().daemon().start(census::sample);
        try {
            Map<String, String> expectedMarker = new LinkedHashMap<>();
            try (HuntbookServer server = HuntbookServer.start(settings, parts)) {
                String operator = TestServers.token(server, Role.OPERATOR);
                for (int n = 1; n <= 6; n++) {
                    String template = n % 2 == 0 ? "team/probe" : "probe";
                    var submitted = request(server, "POST", "/api/runs", operator,
                            "{\"template\": \"" + template + "\", \"parameters\": {\"n\": " + n + "}}");
                    assertThat(submitted.statusCode()).isEqualTo(202);
                    expectedMarker.put(json(submitted).path("id").asText(),
                            (n % 2 == 0 ? "team-folder" : "root-folder") + " n=" + n);
                }
                TestServers.await("the metrics showing busy engines of a pool of 2", 240, () -> {
                    String metrics = request(server, "GET", "/metrics", null, null).body();
                    return metrics.contains("huntbook_pool_size 2\n")
                            && !metrics.contains("huntbook_pool_engines{state=\"busy\"} 0\n");
                });
                // Runs wait for this file in their folder, so the busy engines above were there to be seen.
                Files.writeString(templates.resolve("release"), "go");
                Files.writeString(templates.resolve("team/release"), "go");
                TestServers.await("all six runs final", 300, () -> expectedMarker.keySet().stream().allMatch(id ->
                        server.ledger().find(id).orElseThrow().state().isFinal()));

                for (var expected : expectedMarker.entrySet()) {
                    JsonNode run = json(request(server, "GET", "/api/runs/" + expected.getKey(), operator, null));
                    assertThat(run.path("state").asText()).as("run %s: %s", expected.getKey(), run)
                            .isEqualTo("SUCCEEDED");
                    String notebook = request(server, "GET", "/api/runs/" + expected.getKey() + "/notebook",
                            operator, null).body();
                    assertThat(notebook).contains("previous=null marker=" + expected.getValue());
                }
                String metrics = request(server, "GET", "/metrics", null, null).body();
                assertThat(metrics)
                        .contains("# TYPE huntbook_pool_engines gauge\n")
                        .contains("huntbook_pool_engines{state=\"busy\"} 0\n")
                        .contains("# TYPE huntbook_pool_size gauge\n")
                        .contains("huntbook_pool_size 2\n")
                        .containsPattern("huntbook_pool_engines\\{state=\"idle\"\\} [0-2]\n")
                        .containsPattern("huntbook_pool_engines\\{state=\"starting\"\\} [0-2]\n")
                        .containsPattern("huntbook_pool_engines_started_total ([6-9]|1[0-9])\n");
                assertThat(census.agents()).as("agents alive before close").isNotEmpty();
            }
            TestServers.await("no agent process after close", 10, () -> census.agents().isEmpty());
        } finally {
            census.stop.set(true);
            sampler.join();
        }
        assertThat(census.samples.get()).as("samples of the agent processes").isPositive();
        assertThat(census.most.get()).as("agent JVMs alive at once").isBetween(1, 2);
    }

    /**
     * Counts this JVM's agent processes (its {@code java} children: nothing else in this test starts one; the command
     * line cannot be used, Linux's copy of it is cut before the agent's class name, after the long class path),
     * continuously, and the most seen at once.
     */
    private static final class AgentCensus {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger samples = new AtomicInteger();

        List<ProcessHandle> agents() {
            List<ProcessHandle> agents = new ArrayList<>();
            ProcessHandle.current().descendants()
                    .filter(p -> p.isAlive() && p.info().command().orElse("").endsWith("/bin/java"))
                    .forEach(agents::add);
            return agents;
        }

        void sample() {
            while (!stop.get()) {
                most.accumulateAndGet(agents().size(), Math::max);
                samples.incrementAndGet();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
