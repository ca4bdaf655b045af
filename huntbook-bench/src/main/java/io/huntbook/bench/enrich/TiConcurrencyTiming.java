package io.huntbook.bench.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.LookupOptions;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviderException;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * 1,000 indicators across 3 providers served by a local HTTP server that answers each request after 50 ms, with no
 * binding limit (64 calls in flight per provider): the wall time of the whole lookup, which MSTICPy's
 * one-item-after-another loop needs at least 3 x 50 s for. Every call is a real HTTP exchange on loopback through the
 * JDK's HttpClient. Usage: {@code java ... io.huntbook.bench.enrich.TiConcurrencyTiming [indicators] [latencyMs]}.
 */
public final class TiConcurrencyTiming {
    private TiConcurrencyTiming() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A provider asking {@code GET {base}/{name}/lookup?ioc=...} of the local server. */
    record HttpProvider(String name, URI base, HttpClient http) implements TiProvider {
        @Override
        public Set<String> supportedTypes() {
            return Set.of("dns");
        }

        @Override
        public int maxConcurrency() {
            return 64;
        }

        @Override
        public boolean cacheable() {
            return false;
        }

        @Override
        public TiVerdict lookup(TiQuery query) {
            URI uri = base.resolve("/" + name + "/lookup?ioc=" + URLEncoder.encode(query.ioc(), StandardCharsets.UTF_8));
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new TiProviderException("status " + response.statusCode(), response.statusCode(), null);
                }
                var json = MAPPER.readTree(response.body());
                boolean found = json.path("found").asBoolean();
                return new TiVerdict(found, found ? Severity.HIGH : Severity.INFORMATION,
                        JsonNodeFactory.instance.nullNode(), json, null);
            } catch (IOException e) {
                throw new TiProviderException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TiProviderException("interrupted", e);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 50;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"found\": false}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            TiLookup ti = TiLookup.builder().primary(new HttpProvider("A", base, http))
                    .primary(new HttpProvider("B", base, http)).primary(new HttpProvider("C", base, http)).build();
            List<String> iocs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                iocs.add("host" + i + ".example.com");
            }
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                var rows = ti.lookup(iocs, LookupOptions.defaults());
                long failed = rows.stream().filter(r -> !r.succeeded()).count();
                System.out.printf("%d indicators x 3 providers over HTTP (%d rows, %d failed), %d ms server latency: %.2f s%n",
                        count, rows.size(), failed, latency, (System.nanoTime() - start) / 1e9);
            }
        } finally {
            server.stop(0);
        }
    }
}
