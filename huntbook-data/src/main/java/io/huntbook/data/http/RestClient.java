package io.huntbook.data.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.data.provider.QueryFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK {@link HttpClient} as the query providers use it: a throttled ({@code 429}) or unavailable ({@code 502},
 * {@code 503}, {@code 504}) answer, or a dropped connection, is retried after the {@code Retry-After} the service
 * asks for (seconds or an HTTP date; 1, 2, 4... seconds without one), up to {@link HttpSettings#maxRetries()}; any
 * other failure is a {@link QueryFailedException} with the service's own error message. Requests are logged by
 * method and address only: headers (where the credentials are) and bodies never are.
 */
public final class RestClient {
    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String service;
    private final HttpClient http;
    private final HttpSettings settings;
    private final Sleeper sleeper;

    private RestClient(String service, HttpClient http, HttpSettings settings, Sleeper sleeper) {
        this.service = service;
        this.http = http;
        this.settings = settings;
        this.sleeper = sleeper;
    }

    /** A client for {@code service} (named in error messages: {@code Log Analytics}, {@code Splunk}...). */
    public static RestClient create(String service, HttpSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        settings.proxy().ifPresent(p -> builder.proxy(ProxySelector.of(p)));
        return new RestClient(service, builder.build(), settings, Sleeper.REAL);
    }

    /** This client, waiting between retries with {@code sleeper}. */
    public RestClient withSleeper(Sleeper sleeper) {
        return new RestClient(service, http, settings, sleeper);
    }

    public String service() {
        return service;
    }

    public HttpSettings settings() {
        return settings;
    }

    /** A request builder for {@code uri} with this client's timeout. */
    public HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.requestTimeout());
    }

    /** Sends {@code request} (retrying as described) and returns the body of its 2xx answer, to be closed. */
    public InputStream stream(HttpRequest request) {
        return send(request).body();
    }

    /** Sends {@code request} and reads its 2xx answer as JSON. */
    public JsonNode json(HttpRequest request) {
        try (InputStream in = stream(request)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new QueryFailedException(service + " sent an answer that is not JSON (" + request.method() + " "
                    + request.uri().getPath() + "): " + e.getMessage(), e);
        }
    }

    /** Sends {@code request} and returns the whole 2xx answer. */
    public HttpResponse<InputStream> send(HttpRequest request) {
        List<String> waits = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                LOG.debug("{} {} {}", service, request.method(), request.uri());
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (attempt < settings.maxRetries()) {
                    pause(backoff(attempt), waits, "connection failed");
                    continue;
                }
                throw new QueryFailedException(service + " could not be reached at " + origin(request) + ": "
                        + e.getMessage() + retried(waits), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryFailedException(service + " request interrupted", e);
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response;
            }
            String body = readQuietly(response.body());
            if (retryable(status) && attempt < settings.maxRetries()) {
                Duration wait = retryAfter(response).orElse(backoff(attempt));
                if (wait.compareTo(settings.maxRetryWait()) > 0) {
                    throw new QueryFailedException(service + " answered HTTP " + status + " and asks to retry after "
                            + wait.toSeconds() + " s, longer than MaxRetryWaitSeconds (" + settings.maxRetryWait()
                            .toSeconds() + " s): " + errorMessage(body));
                }
                pause(wait, waits, "HTTP " + status);
                continue;
            }
            throw new QueryFailedException(service + " answered HTTP " + status + " to " + request.method() + " "
                    + request.uri().getPath() + ": " + errorMessage(body) + retried(waits));
        }
    }

    private void pause(Duration wait, List<String> waits, String why) {
        waits.add(why + ", waited " + wait.toMillis() + " ms");
        LOG.info("{}: {}; retrying in {} ms", service, why, wait.toMillis());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryFailedException(service + " retry interrupted", e);
        }
    }

    private static String retried(List<String> waits) {
        return waits.isEmpty() ? "" : " (after " + waits.size() + " retries: " + String.join("; ", waits) + ")";
    }

    private static String origin(HttpRequest request) {
        return request.uri().getScheme() + "://" + request.uri().getAuthority();
    }

    static boolean retryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    static Duration backoff(int attempt) {
        return Duration.ofSeconds(1L << Math.min(attempt, 5));
    }

    /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(RestClient::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String readQuietly(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(64 * 1024);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The service's own words from an error body: OneAPI's {@code error.message} with its inner messages (Azure,
     * Graph), Kusto's {@code @message}, Splunk's {@code messages[].text}, Elasticsearch's {@code error.reason}; else the
     * start of the body.
     */
    public static String errorMessage(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "(no details)";
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            List<String> parts = new ArrayList<>();
            collect(root.path("error"), parts, 0);
            for (JsonNode m : root.path("messages")) {
                parts.add(m.path("type").asText("") + " " + m.path("text").asText(""));
            }
            if (parts.isEmpty() && root.has("message")) {
                parts.add(root.path("message").asText());
            }
            if (!parts.isEmpty()) {
                return String.join(": ", parts.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                        .toList());
            }
        } catch (IOException notJson) {
            // plain text below
        }
        String plain = body.strip();
        return plain.length() > 300 ? plain.substring(0, 300) + "..." : plain;
    }

    /** OneAPI errors nest: {@code error.message}, {@code error.details[].message}, {@code error.innererror...}. */
    static void collect(JsonNode error, List<String> parts, int depth) {
        if (error.isMissingNode() || depth > 5) {
            return;
        }
        if (error.isTextual()) {
            parts.add(error.asText());
            return;
        }
        for (String key : List.of("code", "message", "@message", "reason")) {
            if (error.path(key).isTextual() && !(key.equals("code") && error.has("message"))) {
                parts.add(error.path(key).asText());
            }
        }
        for (JsonNode detail : error.path("details")) {
            collect(detail, parts, depth + 1);
        }
        for (JsonNode cause : error.path("root_cause")) {
            collect(cause, parts, depth + 1);
        }
        collect(error.path("innererror"), parts, depth + 1);
        collect(error.path("innerError"), parts, depth + 1);
        collect(error.path("caused_by"), parts, depth + 1);
    }
}
