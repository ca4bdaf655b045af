package io.huntbook.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A local HTTP server that plays recorded exchanges: each expected request (method and path) gets its recorded
 * answer (status, headers, body), in the order they were added; every request is kept for assertions (path, query,
 * headers, body). A request nothing was recorded for gets {@code 599} and is kept too, so a test sees it.
 *
 * <pre>{@code
 * try (RecordedHttpServer server = RecordedHttpServer.start()) {
 *     server.expect("POST", "/v1/workspaces/0000.../query").respond(200, resource("la/typed.json"));
 *     ... point the client at server.uri() ...
 *     assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer test-token");
 * }
 * }</pre>
 */
public final class RecordedHttpServer implements AutoCloseable {
    /** A request as the server received it. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        /** The first value of a header (any case), or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** One recorded answer. */
    public static final class Exchange {
        private final String method;
        private final String path;
        private int status = 200;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private boolean used;

        private Exchange(String method, String path) {
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path;
        }

        /** Answer with {@code status} and a JSON {@code body}. */
        public Exchange respond(int status, String body) {
            return respond(status, body.getBytes(StandardCharsets.UTF_8));
        }

        public Exchange respond(int status, byte[] body) {
            this.status = status;
            this.body = body;
            headers.putIfAbsent("Content-Type", "application/json; charset=utf-8");
            return this;
        }

        public Exchange header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    private final HttpServer server;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private RecordedHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free loopback port. */
    public static RecordedHttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordedHttpServer recorded = new RecordedHttpServer(http);
            http.createContext("/", recorded::handle);
            http.setExecutor(Executors.newFixedThreadPool(8));
            http.start();
            return recorded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's base address, {@code http://127.0.0.1:PORT}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Records the answer to the next {@code method} request for {@code path} (without its query string). */
    public synchronized Exchange expect(String method, String path) {
        Exchange e = new Exchange(method, path);
        exchanges.add(e);
        return e;
    }

    /** The requests received so far, in order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The recorded answers nobody asked for (a test that expects every exchange to be used checks this is 0). */
    public synchronized long unused() {
        return exchanges.stream().filter(e -> !e.used).count();
    }

    /** Reads a test resource as text ({@code /io/huntbook/...} or relative to the class path root). */
    public static String resource(String name) {
        String path = name.startsWith("/") ? name : "/" + name;
        try (InputStream in = RecordedHttpServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange http) throws IOException {
        String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = http.getRequestURI();
        Request request = new Request(http.getRequestMethod(), uri.getPath(), uri.getRawQuery() == null ? ""
                : uri.getRawQuery(), Map.copyOf(http.getRequestHeaders()), body);
        requests.add(request);
        Exchange answer = next(request);
        byte[] out = answer == null ? ("{\"error\":{\"message\":\"no recorded exchange for " + request.method() + " "
                + request.path() + "\"}}").getBytes(StandardCharsets.UTF_8) : answer.body;
        if (answer != null) {
            answer.headers.forEach((k, v) -> http.getResponseHeaders().add(k, v));
        }
        http.sendResponseHeaders(answer == null ? 599 : answer.status, out.length == 0 ? -1 : out.length);
        try (OutputStream os = http.getResponseBody()) {
            os.write(out);
        }
    }

    private synchronized Exchange next(Request request) {
        for (Exchange e : exchanges) {
            if (!e.used && e.method.equalsIgnoreCase(request.method()) && e.path.equals(request.path())) {
                e.used = true;
                return e;
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
