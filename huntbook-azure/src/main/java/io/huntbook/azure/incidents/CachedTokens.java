package io.huntbook.azure.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A token from an OAuth endpoint ({@code access_token}, {@code expires_in}), kept until 5 minutes before expiry. */
final class CachedTokens implements AccessTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EARLY = Duration.ofMinutes(5);

    private final String what;
    private final HttpClient http;
    private final Clock clock;
    private final Supplier<HttpRequest> request;
    private @Nullable String token;
    private Instant renewAt = Instant.MIN;

    CachedTokens(String what, HttpClient http, Clock clock, Supplier<HttpRequest> request) {
        this.what = what;
        this.http = http;
        this.clock = clock;
        this.request = request;
    }

    @Override
    public synchronized String token() {
        if (token != null && clock.instant().isBefore(renewAt)) {
            return token;
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.get(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SentinelException("cannot get an Azure token (" + what + "): " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SentinelException("interrupted while getting an Azure token (" + what + ")", e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        if (response.statusCode() != 200 || !body.path("access_token").isTextual()) {
            // Entra ID's error and error_description name the problem and never echo the secret.
            throw new SentinelException("Azure refused a token (" + what + "): HTTP " + response.statusCode() + " "
                    + body.path("error").asText("") + " " + body.path("error_description").asText("").lines()
                    .findFirst().orElse(""), response.statusCode());
        }
        token = body.get("access_token").asText();
        long seconds = body.path("expires_in").asLong(3600);
        renewAt = clock.instant().plusSeconds(seconds).minus(EARLY);
        return token;
    }
}
