package io.huntbook.enrich.ti.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.enrich.ti.TiProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Sends one provider's requests with the JDK's {@link HttpClient} and turns what comes back into a
 * {@link VendorResponse} or a {@link TiProviderException}: a rejected key (401, 403) is not retried; throttling (429,
 * with its {@code Retry-After}), server errors (5xx) and network failures are retried by the engine. Values given as
 * secrets (API keys) are scrubbed from every message, whatever the vendor echoes back.
 */
public final class VendorHttp {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final String USER_AGENT = "Huntbook-ThreatIntel/0.1";

    private final String provider;
    private final URI base;
    private final Duration timeout;

    public VendorHttp(VendorConfig config) {
        this.provider = config.name();
        this.base = config.baseUrl();
        this.timeout = config.timeout();
    }

    /** A GET of {@code path} (appended to the base URL; encode variable parts with {@link #segment}). */
    public Request get(String path) {
        return new Request("GET", path);
    }

    /** A POST of {@code path}. */
    public Request post(String path) {
        return new Request("POST", path);
    }

    /** One path segment, percent-encoded (a URL or an address with a colon stays one segment). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A request being built. */
    public final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> secrets = new ArrayList<>();
        private @Nullable String body;
        private Set<Integer> answers = Set.of();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request query(String name, String value) {
            query.put(name, value);
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** A header carrying a secret: sent, never shown. */
        public Request secretHeader(String name, String value) {
            secrets.add(value);
            return header(name, value);
        }

        /** HTTP basic authentication; both parts are secrets. */
        public Request basicAuth(String user, String password) {
            secrets.add(user);
            secrets.add(password);
            String token = java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
            secrets.add(token);
            return header("Authorization", "Basic " + token);
        }

        /** An {@code application/x-www-form-urlencoded} body. */
        public Request form(Map<String, String> fields) {
            header("Content-Type", "application/x-www-form-urlencoded");
            this.body = encode(fields);
            return this;
        }

        /** A JSON body. */
        public Request json(JsonNode json) {
            header("Content-Type", "application/json");
            this.body = json.toString();
            return this;
        }

        /** Statuses other than 2xx that are answers, not failures (404 when the vendor does not know the indicator). */
        public Request answers(Integer... statuses) {
            this.answers = Set.of(statuses);
            return this;
        }

        /** Sends the request. */
        public VendorResponse send() {
            String target = base.toString().replaceAll("/+$", "") + path + (query.isEmpty() ? "" : "?" + encode(query));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).timeout(timeout)
                    .header("User-Agent", USER_AGENT);
            if (!headers.containsKey("Accept")) {
                b.header("Accept", "application/json");
            }
            headers.forEach(b::header);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> response;
            try {
                response = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new TiProviderException(scrub("cannot reach " + base.getHost() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TiProviderException("interrupted while waiting for " + base.getHost(), e);
            }
            return check(response);
        }

        private VendorResponse check(HttpResponse<String> response) {
            int status = response.statusCode();
            String text = response.body() == null ? "" : response.body();
            if (status / 100 == 2 || answers.contains(status)) {
                return new VendorResponse(status, text, provider);
            }
            String said = vendorMessage(text);
            if (status == 401 || status == 403) {
                throw new TiProviderException(scrub(provider + " rejected the API key" + said
                        + ": check TIProviders." + provider + ".Args.AuthKey"), status, null);
            }
            if (status == 429) {
                throw new TiProviderException(scrub(provider + " throttled the lookup" + said), status,
                        retryAfter(response));
            }
            if (status >= 500) {
                throw new TiProviderException(scrub(provider + " failed on its side" + said), status,
                        retryAfter(response));
            }
            throw new TiProviderException(scrub(provider + " refused the request" + said), status, null);
        }

        private String scrub(String message) {
            String clean = message;
            for (String s : secrets) {
                if (!s.isEmpty()) {
                    clean = clean.replace(s, "***");
                }
            }
            return clean;
        }
    }

    /** The vendor's own short explanation, if its error body has one (as {@code : "..."}), else nothing. */
    static String vendorMessage(String body) {
        String said = null;
        try {
            JsonNode json = MAPPER.readTree(body);
            if (json != null) {
                for (String key : List.of("message", "detail", "error", "errors", "query_status", "name")) {
                    JsonNode n = json.path(key);
                    if (n.isObject() || n.isArray()) {
                        JsonNode inner = n.isArray() ? n.path(0) : n;
                        n = inner.has("message") ? inner.path("message") : inner.has("detail") ? inner.path("detail")
                                : inner;
                    }
                    if (n.isTextual() && !n.asText().isBlank()) {
                        said = n.asText();
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            said = body.strip().startsWith("<") ? null : body.strip();
        }
        if (said == null || said.isBlank()) {
            return "";
        }
        said = said.replaceAll("\\s+", " ").strip();
        return ": \"" + (said.length() > 160 ? said.substring(0, 160) + "..." : said) + "\"";
    }

    /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110); null when absent or unreadable. */
    static @Nullable Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String encode(Map<String, String> fields) {
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((k, v) -> joined.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
