package io.huntbook.enrich.ti.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local HTTP server that plays recorded vendor answers in order (the last one again when more calls come) and
 * records every request it receives, for tests to compare with what the vendor documents.
 */
public final class RecordedVendorServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request as received: method, raw path, decoded query, headers (lower-case names), body. */
    public record Received(String method, String rawPath, Map<String, String> query, Map<String, String> headers,
            String body) {
        /** The body read as a form. */
        public Map<String, String> form() {
            return decode(body);
        }
    }

    /** One answer to play: status, headers, body text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer of(JsonNode response) {
            Map<String, String> headers = new LinkedHashMap<>();
            response.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            String body = response.has("bodyText") ? response.get("bodyText").asText()
                    : response.has("body") ? response.get("body").toString() : "";
            return new Answer(response.path("status").asInt(200), headers, body);
        }
    }

    private final HttpServer server;
    private final List<Answer> answers;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    public RecordedVendorServer(List<Answer> answers) {
        this.answers = List.copyOf(answers);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            URI uri = exchange.getRequestURI();
            int index;
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), uri.getRawPath(), decode(uri.getRawQuery()),
                        headers, body));
                index = received.size() - 1;
            }
            Answer a = this.answers.get(Math.min(index, this.answers.size() - 1));
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (!a.headers().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    /** The server's root URL, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    static Map<String, String> decode(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return values;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
