package io.huntbook.azure.incidents;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A local Azure Resource Manager that plays recorded exchanges in order: each expected method and path suffix gets
 * its recorded status, headers and body (from {@code src/test/resources/sentinel}). An unexpected request gets 599
 * and fails the test through {@link #requests()}.
 */
final class RecordedArm implements AutoCloseable {
    private final HttpServer server;
    private final Deque<Exchange> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    record Exchange(String method, String pathSuffix, int status, Map<String, String> headers, String resource) {}

    record Request(String method, String path, String query, String authorization, String body, boolean expected) {}

    RecordedArm() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Exchange next;
            synchronized (this) {
                next = script.peekFirst();
                boolean expected = next != null && next.method().equals(method) && (path.endsWith(next.pathSuffix())
                        || next.pathSuffix().endsWith("/") && path.contains(next.pathSuffix()));
                requests.add(new Request(method, path, String.valueOf(exchange.getRequestURI().getRawQuery()),
                        exchange.getRequestHeaders().getFirst("Authorization"), body, expected));
                if (!expected) {
                    next = null;
                } else {
                    script.removeFirst();
                }
            }
            if (next == null) {
                exchange.sendResponseHeaders(599, -1);
                exchange.close();
                return;
            }
            byte[] answer = next.resource().isEmpty() ? new byte[0] : resource(next.resource());
            next.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(next.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RecordedArm.class.getResourceAsStream("/sentinel/" + name)) {
            if (in == null) {
                throw new IOException("no recorded exchange /sentinel/" + name);
            }
            return in.readAllBytes();
        }
    }

    synchronized RecordedArm then(String method, String pathSuffix, int status, String resource) {
        return then(method, pathSuffix, status, Map.of(), resource);
    }

    synchronized RecordedArm then(String method, String pathSuffix, int status, Map<String, String> headers,
                                  String resource) {
        script.addLast(new Exchange(method, pathSuffix, status, headers, resource));
        return this;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized boolean played() {
        return script.isEmpty();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
