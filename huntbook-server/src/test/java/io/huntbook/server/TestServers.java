package io.huntbook.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.server.auth.Role;
import io.huntbook.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/** Helpers for tests that start a server in-process. */
final class TestServers {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TEMPLATE = """
            // %% tags=["parameters"]
            String ip = "192.0.2.1"; // the address to look at
            int days = 1;

            // %%
            System.out.println("looking at " + ip + " for " + days + " days");
            """;

    private TestServers() {}

    static ServerSettings.Builder settings(Path dir) {
        writeTemplate(dir.resolve("templates"), "triage.jsh", TEMPLATE);
        return ServerSettings.builder(dir.resolve("home"))
                .port(0)
                .templateRoots(java.util.List.of(dir.resolve("templates")))
                .heartbeat(Duration.ofMillis(500), 4)
                .pollingInterval(Duration.ofMillis(100));
    }

    static void writeTemplate(Path root, String name, String text) {
        try {
            Files.createDirectories(root.resolve(name).getParent());
            Files.writeString(root.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    static HuntbookServer start(ServerSettings settings, RunExecutor executor, Clock clock) {
        JsonLog log = new JsonLog(new PrintStream(LOG, true, StandardCharsets.UTF_8), clock);
        return HuntbookServer.start(settings, new HuntbookServer.Parts(executor, null, clock, log,
                spec -> { throw new IllegalStateException("no event source in this test"); }));
    }

    static String token(HuntbookServer server, Role role) {
        return server.tokens().create("test-" + role.id(), role, Instant.now()).token();
    }

    static HttpResponse<String> request(HuntbookServer server, String method, String path, @Nullable String token,
                                        @Nullable String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** Waits up to {@code seconds} for {@code condition}; fails the test with {@code what} when it never holds. */
    static void await(String what, int seconds, BooleanSupplier condition) {
        Await.until(what, Duration.ofSeconds(seconds), condition);
    }
}
