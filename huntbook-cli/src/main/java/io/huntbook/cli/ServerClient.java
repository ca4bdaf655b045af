package io.huntbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options and the HTTP calls of the commands that talk to {@code huntbook serve} ({@code submit}, {@code runs}):
 * DESIGN.md §6.F, a running server owns its ledger, so these go through its API.
 */
final class ServerClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Option(names = "--server", paramLabel = "URL", description = "The server's address (default: $HUNTBOOK_SERVER,"
            + " else http://127.0.0.1:8787).")
    @Nullable String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "A bearer token (default: $HUNTBOOK_TOKEN; prefer"
            + " the variable: a token on the command line shows in the process list).")
    @Nullable String token;

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, @Nullable String body) {
        return send("POST", path, body);
    }

    private JsonNode send(String method, String path, @Nullable String body) {
        String base = server != null ? server : System.getenv().getOrDefault("HUNTBOOK_SERVER",
                "http://127.0.0.1:8787");
        String bearer = token != null ? token : System.getenv("HUNTBOOK_TOKEN");
        if (bearer == null || bearer.isBlank()) {
            throw new BadInputException("no token: set HUNTBOOK_TOKEN (huntbook token create --role operator makes"
                    + " one)");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new HuntbookException("no server answers at " + base + ": start huntbook serve or give --server");
        } catch (IOException e) {
            throw new HuntbookException("the server at " + base + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HuntbookException("interrupted while waiting for " + base);
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new HuntbookException("the server answered " + response.statusCode() + " with something that is not"
                    + " JSON");
        }
        int status = response.statusCode();
        if (status >= 400) {
            String error = json.path("error").asText("HTTP " + status);
            if (status < 500) {
                throw new BadInputException("the server refused (" + status + "): " + error);
            }
            throw new HuntbookException("the server failed (" + status + "): " + error);
        }
        return json;
    }
}
