package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.server.HuntbookServer;
import io.huntbook.server.JsonLog;
import io.huntbook.server.ServerSettings;
import io.huntbook.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code token create}, {@code submit} and {@code runs list|show|cancel} against a server started in-process. */
class ServerCommands_CliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void a_token_made_by_the_cli_submits_lists_shows_and_cancels_through_the_api() throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("triage.jsh"), "// %% tags=[\"parameters\"]\nString ip = \"x\";\n"
                + "// %%\nSystem.out.println(ip);\n");
        ServerSettings settings = ServerSettings.builder(dir.resolve("home")).port(0).templateRoots(List.of(templates))
                .queueFolder(null).build();
        Clock clock = Clock.systemUTC();
        JsonLog log = new JsonLog(new PrintStream(new ByteArrayOutputStream(), true), clock);
        try (HuntbookServer server = HuntbookServer.start(settings, new HuntbookServer.Parts(new EchoExecutor(), null,
                clock, log, spec -> { throw new IllegalStateException("no pollers here"); }))) {
            CliRun created = CliRun.of("token", "create", "--role", "operator", "--ledger", settings.ledgerUrl(),
                    "--format", "json");
            assertThat(created.exitCode()).isZero();
            String token = MAPPER.readTree(created.out()).path("token").asText();
            assertThat(token).startsWith("hbt_");
            assertThat(created.err()).contains("shown once");
            String url = "http://127.0.0.1:" + server.port();

            CliRun noToken = CliRun.of("runs", "list", "--server", url, "--token", "hbt_wrong");
            assertThat(noToken.exitCode()).isEqualTo(2);
            assertThat(noToken.err()).contains("401");

            CliRun submit = CliRun.of("submit", "triage", "-p", "ip", "203.0.113.9", "--identifier", "edge",
                    "--server", url, "--token", token, "--format", "json");
            assertThat(submit.exitCode()).as(submit.err()).isZero();
            String id = MAPPER.readTree(submit.out()).path("id").asText();

            AtomicReference<JsonNode> latest = new AtomicReference<>();
            Await.until("the submitted run to succeed", Duration.ofSeconds(20), () -> {
                CliRun show = CliRun.of("runs", "show", id, "--server", url, "--token", token, "--format", "json");
                try {
                    latest.set(MAPPER.readTree(show.out()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return latest.get().path("state").asText().equals("SUCCEEDED");
            });
            JsonNode shown = latest.get();
            assertThat(shown.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(shown.path("parameters").path("ip").asText()).isEqualTo("203.0.113.9");

            CliRun list = CliRun.of("runs", "list", "--status", "succeeded", "--server", url, "--token", token,
                    "--format", "csv");
            assertThat(list.out()).startsWith("id,template,identifier,state").contains(id + ",triage,edge,SUCCEEDED");

            CliRun cancel = CliRun.of("runs", "cancel", id, "--server", url, "--token", token);
            assertThat(cancel.exitCode()).isEqualTo(2);
            assertThat(cancel.err()).contains("409");
        }
    }
}
