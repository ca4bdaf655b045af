package io.huntbook.azure.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.azure.auth.AzureSignInException;
import io.huntbook.azure.auth.TokenSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentinel incidents through Azure Resource Manager:
 * {@code PUT|GET {endpoint}/subscriptions/.../workspaces/{ws}/providers/Microsoft.SecurityInsights/incidents/{id}} and
 * {@code PUT .../incidents/{id}/comments/{commentId}}, {@code api-version} {@value #API_VERSION} by default.
 *
 * <p>Throttling (429) waits for {@code Retry-After} (seconds or an HTTP date, at most {@link Builder#maxWait}) and
 * retries; 500, 502, 503 and 504 retry with doubling back-off; other errors fail at once with Azure's error code and
 * message. {@link #update} sends the etag it read; when Sentinel answers 409 or 412 (someone changed the incident in
 * between) it reads the incident again and reapplies the change. 401 and 403 say which credential to fix. Tokens come
 * from a {@link TokenSource} (the module's credential chain, {@link io.huntbook.azure.auth.AzureCredentials}) for the
 * endpoint's scope.
 */
public final class SentinelIncidents {
    /** The API version this client follows. */
    public static final String API_VERSION = "2025-09-01";
    /** Azure Resource Manager in the public cloud. */
    public static final URI PUBLIC_CLOUD = URI.create("https://management.azure.com");
    private static final Logger LOG = LoggerFactory.getLogger(SentinelIncidents.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final SentinelWorkspace workspace;
    private final TokenSource tokens;
    private final String scope;
    private final String apiVersion;
    private final HttpClient http;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxWait;
    private final Sleeper sleeper;

    /** Waits between attempts (replaced in tests so they do not sleep). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private SentinelIncidents(Builder b) {
        this.endpoint = b.endpoint;
        this.workspace = Objects.requireNonNull(b.workspace, "workspace");
        this.tokens = Objects.requireNonNull(b.tokens, "tokens");
        this.scope = b.scope != null ? b.scope : trimmed(endpoint) + "/.default";
        this.apiVersion = b.apiVersion;
        this.http = b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.maxAttempts = b.maxAttempts;
        this.firstBackoff = b.firstBackoff;
        this.maxWait = b.maxWait;
        this.sleeper = b.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates incident {@code id} (a GUID the caller chooses, so a retried create cannot open two). */
    public SentinelIncident create(String id, IncidentDraft draft) {
        JsonNode answer = send("PUT", incidentPath(id), body(draft, null), "create incident " + id);
        return SentinelIncident.of(answer);
    }

    /** The incident {@code id}, or empty when Sentinel has none (404). */
    public Optional<SentinelIncident> get(String id) {
        try {
            return Optional.of(SentinelIncident.of(send("GET", incidentPath(id), null, "read incident " + id)));
        } catch (SentinelException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Reads incident {@code id}, applies {@code change} and writes it back with the etag it read; on an etag conflict
     * (409, 412) it reads again and reapplies, up to the attempt limit.
     *
     * @throws SentinelException 404 when the incident is gone, or the last conflict
     */
    public SentinelIncident update(String id, UnaryOperator<IncidentDraft> change) {
        SentinelException conflict = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            SentinelIncident current = get(id).orElseThrow(() -> new SentinelException("Sentinel has no incident "
                    + id, 404));
            try {
                return SentinelIncident.of(send("PUT", incidentPath(id), body(change.apply(current.toDraft()),
                        current.etag()), "update incident " + id));
            } catch (SentinelException e) {
                if (e.status() != 409 && e.status() != 412) {
                    throw e;
                }
                LOG.info("Sentinel incident {} changed while updating it (HTTP {}); reading it again", id, e.status());
                conflict = e;
            }
        }
        throw Objects.requireNonNull(conflict);
    }

    /** Adds comment {@code commentId} (a GUID) with {@code message} to incident {@code id}. */
    public void comment(String id, String commentId, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("properties").put("message", message);
        send("PUT", incidentPath(id) + "/comments/" + SentinelWorkspace.escape(commentId), body,
                "comment on incident " + id);
    }

    private String incidentPath(String id) {
        return workspace.providerPath() + "/incidents/" + SentinelWorkspace.escape(id);
    }

    private static ObjectNode body(IncidentDraft draft, @Nullable String etag) {
        ObjectNode body = JSON.createObjectNode();
        if (etag != null) {
            body.put("etag", etag);
        }
        ObjectNode p = body.putObject("properties");
        p.put("title", draft.title());
        p.put("severity", draft.severity());
        p.put("status", draft.status());
        if (draft.description() != null) {
            p.put("description", draft.description());
        }
        if (draft.firstActivity() != null) {
            p.put("firstActivityTimeUtc", draft.firstActivity().toString());
        }
        if (draft.lastActivity() != null) {
            p.put("lastActivityTimeUtc", draft.lastActivity().toString());
        }
        var labels = p.putArray("labels");
        draft.labels().forEach(l -> labels.addObject().put("labelName", l).put("labelType", "User"));
        return body;
    }

    private JsonNode send(String method, String path, @Nullable JsonNode body, String what) {
        URI uri = URI.create(trimmed(endpoint) + path + "?api-version=" + apiVersion);
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            String token;
            try {
                token = tokens.token(scope);
            } catch (AzureSignInException e) {
                throw new SentinelException("Sentinel: cannot " + what + ": " + e.getMessage(), e);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("User-Agent", "huntbook");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (attempt < maxAttempts) {
                    pause(backoff);
                    backoff = backoff.multipliedBy(2);
                    continue;
                }
                throw new SentinelException("Sentinel: cannot " + what + ": " + endpoint + " unreachable ("
                        + e.getClass().getSimpleName() + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SentinelException("Sentinel: interrupted while trying to " + what, e);
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return parse(response.body());
            }
            boolean retry = status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
            if (retry && attempt < maxAttempts) {
                Duration wait = status == 429 ? retryAfter(response).orElse(backoff) : backoff;
                LOG.info("Sentinel answered HTTP {} to {}; retrying in {} ms", status, what, wait.toMillis());
                pause(wait);
                backoff = backoff.multipliedBy(2);
                continue;
            }
            throw new SentinelException("Sentinel: cannot " + what + ": HTTP " + status + advice(status)
                    + azureError(response.body()), status);
        }
    }

    private static String trimmed(URI uri) {
        return uri.toString().replaceAll("/+$", "");
    }

    private static String advice(int status) {
        return switch (status) {
            case 401 -> " (the token was refused: check the credential, tenant and endpoint)";
            case 403 -> " (the identity lacks a Sentinel role on the workspace, e.g. Microsoft Sentinel Responder)";
            case 429 -> " (still throttled after retrying)";
            default -> "";
        };
    }

    /** Azure's CloudError {@code {"error": {"code", "message"}}}, when the body is one. */
    private static String azureError(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isObject()) {
                return ": " + error.path("code").asText("?") + ": " + error.path("message").asText("");
            }
        } catch (IOException e) {
            // Not JSON: nothing more to say than the status.
        }
        return "";
    }

    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(ZonedDateTime.now(ZoneOffset.UTC),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(maxWait) > 0 ? maxWait : wait);
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SentinelException("Sentinel: interrupted while waiting to retry", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new SentinelException("Sentinel answered something that is not JSON: " + e.getMessage(), e);
        }
    }

    /** Builds {@link SentinelIncidents}. */
    public static final class Builder {
        private URI endpoint = PUBLIC_CLOUD;
        private @Nullable SentinelWorkspace workspace;
        private @Nullable TokenSource tokens;
        private @Nullable String scope;
        private String apiVersion = API_VERSION;
        private @Nullable HttpClient http;
        private int maxAttempts = 4;
        private Duration firstBackoff = Duration.ofSeconds(1);
        private Duration maxWait = Duration.ofSeconds(60);
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        private Builder() {}

        /** The Resource Manager endpoint (sovereign clouds, proxies, tests); default the public cloud's. */
        public Builder endpoint(URI value) {
            this.endpoint = value;
            return this;
        }

        public Builder workspace(SentinelWorkspace value) {
            this.workspace = value;
            return this;
        }

        /** Where tokens come from, e.g. {@link io.huntbook.azure.auth.AzureCredentials#create}. */
        public Builder tokens(TokenSource value) {
            this.tokens = value;
            return this;
        }

        /** The token scope; default the endpoint's address with {@code /.default}. */
        public Builder scope(String value) {
            this.scope = value;
            return this;
        }

        public Builder apiVersion(String value) {
            this.apiVersion = value;
            return this;
        }

        public Builder httpClient(HttpClient value) {
            this.http = value;
            return this;
        }

        /** Attempts per call, counting the first (default 4). */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = value;
            return this;
        }

        /** The first back-off after a server error (doubling after each). */
        public Builder firstBackoff(Duration value) {
            this.firstBackoff = value;
            return this;
        }

        /** The longest wait a Retry-After may ask for (default 60 s). */
        public Builder maxWait(Duration value) {
            this.maxWait = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = value;
            return this;
        }

        public SentinelIncidents build() {
            return new SentinelIncidents(this);
        }
    }
}
