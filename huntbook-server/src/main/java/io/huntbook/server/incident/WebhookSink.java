package io.huntbook.server.incident;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A finding as a JSON POST to a URL, signed with HMAC-SHA256 over the exact body bytes: the header
 * {@value #SIGNATURE_HEADER} is {@code sha256=} and the lower-case hex digest, as GitHub's webhooks sign theirs. The
 * key is a secret reference from the configuration, revealed for each call and never logged or put in a message.
 * The body's {@code event} is {@code incident.opened} for a new incident and {@code incident.comment} for a repeat
 * within the window, with the {@code incident} id of the first. A 2xx answer is success; anything else fails the
 * sink with the status code (and never the body, which a receiver may fill with anything).
 */
public final class WebhookSink implements IncidentSink {
    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-Huntbook-Signature-256";
    /** The event header, the same as the body's {@code event}. */
    public static final String EVENT_HEADER = "X-Huntbook-Event";

    private final String name;
    private final URI url;
    private final Secret signingKey;
    private final Duration window;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    private WebhookSink(String name, URI url, Secret signingKey, Duration window, HttpClient http, Duration timeout,
                        Clock clock) {
        this.name = name;
        this.url = url;
        this.signingKey = signingKey;
        this.window = window;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * A webhook sink.
     *
     * @throws IllegalArgumentException for a URL that is not http(s)
     */
    public static WebhookSink of(String name, URI url, Secret signingKey, Duration window, Clock clock) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("the webhook URL must be http(s)://..., not '" + url + "'");
        }
        return new WebhookSink(name, url, signingKey, window,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Duration.ofSeconds(30), clock);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration dedupWindow() {
        return window;
    }

    @Override
    public Raised open(IncidentEvent event) {
        String id = UUID.randomUUID().toString();
        post("incident.opened", id, event);
        return new Raised(id, null);
    }

    @Override
    public boolean comment(String id, IncidentEvent event) {
        // A webhook receiver keeps its own state; every repeat is told as a comment on the first incident.
        post("incident.comment", id, event);
        return true;
    }

    private void post(String kind, String id, IncidentEvent event) {
        byte[] body = body(kind, id, event);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "huntbook")
                .header(EVENT_HEADER, kind)
                .header("X-Huntbook-Delivery", UUID.randomUUID().toString())
                .header(SIGNATURE_HEADER, "sha256=" + sign(signingKey.reveal(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IncidentSinkException("webhook " + name + ": cannot reach " + safeUrl() + ": "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IncidentSinkException("webhook " + name + ": interrupted while posting to " + safeUrl(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IncidentSinkException("webhook " + name + ": " + safeUrl() + " answered HTTP "
                    + response.statusCode());
        }
    }

    private byte[] body(String kind, String id, IncidentEvent event) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("event", kind);
        json.put("incident", id);
        json.put("sentAt", clock.instant().toString());
        json.put("title", event.title());
        json.put("description", event.description());
        json.put("severity", event.severity());
        json.put("template", event.template());
        json.put("identifier", event.identifier());
        json.put("runId", event.runId());
        json.put("dedupKey", event.dedupKey());
        json.put("firstActivityTimeUtc", event.firstActivity().toString());
        json.put("output", event.output().toString());
        json.put("report", event.report() == null ? null : event.report().toString());
        json.put("findingCopy", event.findingCopy() == null ? null : event.findingCopy().toString());
        event.labels().forEach(json.putArray("labels")::add);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 of {@code body} with {@code key}, lower-case hex: what a receiver recomputes to verify. */
    public static String sign(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The URL without its query or user info, which may carry tokens. */
    private String safeUrl() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getPath() == null ? "" : url.getPath());
    }

    @Override
    public String toString() {
        return "webhook " + name + " -> " + safeUrl();
    }
}
