package io.huntbook.bench.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.huntbook.azure.query.AzureQueryProviders;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.splunk.SplunkProviderFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dflib.DataFrame;

/**
 * Wall time of reading large results through the real providers, over a loopback HTTP server that answers with bytes
 * generated up front (so the server costs little): Log Analytics JSON (one answer of N rows, ten columns of every
 * type), Kusto v2 frames (the same rows) and Splunk (N rows in pages of 10,000, each page a request).
 *
 * <p>{@code java -cp ... io.huntbook.bench.query.CloudResultsTiming [rows] [runs]} (default 1,000,000 rows, 5 runs).
 */
public final class CloudResultsTiming {
    private CloudResultsTiming() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        byte[] la = logAnalytics(rows);
        byte[] kusto = kustoV2(rows);
        int page = 10_000;
        List<byte[]> splunkPages = new ArrayList<>();
        for (int offset = 0; offset < rows; offset += page) {
            splunkPages.add(splunkPage(offset, Math.min(page, rows - offset)));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/workspaces/", ex -> send(ex, la));
        server.createContext("/v2/rest/query", ex -> send(ex, kusto));
        server.createContext("/services/search/jobs", ex -> {
            String path = ex.getRequestURI().getPath();
            if (ex.getRequestMethod().equals("POST")) {
                send(ex, "{\"sid\":\"bench.1\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.endsWith("/results")) {
                String q = ex.getRequestURI().getQuery();
                int offset = Integer.parseInt(q.replaceAll(".*offset=(\\d+).*", "$1"));
                send(ex, offset / page < splunkPages.size() ? splunkPages.get(offset / page)
                        : splunkPage(offset, 0));
            } else if (ex.getRequestMethod().equals("DELETE")) {
                send(ex, "{}".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, ("{\"entry\":[{\"content\":{\"dispatchState\":\"DONE\",\"isDone\":true,\"resultCount\":"
                        + rows + "}}]}").getBytes(StandardCharsets.UTF_8));
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HuntbookConfig config = HuntbookConfig.parse("""
                    DataProviders:
                      MSSentinel:
                        Args: {Endpoint: %1$s, AccessToken: bench, workspace_id: 52b1ab41-869e-4138-9e40-2a4457f09bf0}
                      Kusto:
                        Args: {Cluster: %1$s, Database: Bench, AccessToken: bench}
                      Splunk:
                        Args: {Endpoint: %1$s, bearer_token: bench, PageSize: %2$d}
                    """.formatted(base, page), "bench.yaml", Map.of());
            AzureQueryProviders azure = new AzureQueryProviders();
            time("Log Analytics JSON, 1 answer", azure.create("MSSentinel", config,
                    Map.of("workspace_id", "52b1ab41-869e-4138-9e40-2a4457f09bf0")), rows, runs, la.length);
            time("Kusto v2 frames, 1 answer", azure.create("Kusto", config, Map.of()), rows, runs, kusto.length);
            long splunkBytes = splunkPages.stream().mapToLong(b -> b.length).sum();
            time("Splunk results, pages of " + page, new SplunkProviderFactory().create("Splunk", config, Map.of()),
                    rows, runs, splunkBytes);
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private static void time(String what, QueryProvider provider, int rows, int runs, long bytes) {
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            DataFrame frame = provider.query("Bench");
            double s = (System.nanoTime() - t0) / 1e9;
            // the calling thread reads and parses the answer: its CPU time is the parsing cost, whatever the load
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            if (frame.height() != rows) {
                throw new IllegalStateException(what + ": " + frame.height() + " rows, expected " + rows);
            }
            seconds.add(s);
        }
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        double best = sorted.get(0);
        double median = sorted.get(sorted.size() / 2);
        double bestCpu = Collections.min(cpu);
        System.out.printf(Locale.ROOT, "%-36s %,d rows, %.0f MB: wall best %.2f s (%,.0f rows/s, %.0f MB/s), median %.2f s"
                        + " (%,.0f rows/s); reading thread CPU best %.2f s (%,.0f rows/s, %.0f MB/s); wall %s%n", what, rows,
                bytes / 1e6, best, rows / best, bytes / 1e6 / best, median, rows / median, bestCpu, rows / bestCpu,
                bytes / 1e6 / bestCpu, seconds.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList());
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        ex.getRequestBody().readAllBytes();
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** One row of the ten columns, as Log Analytics and Kusto write them (a JSON array). */
    private static void row(StringBuilder sb, int i) {
        sb.append("[\"2024-05-01T").append(String.format(Locale.ROOT, "%02d:%02d:%02d.%07dZ", (i / 3600) % 24,
                        (i / 60) % 60, i % 60, i % 10_000_000)).append("\",\"WS").append(i % 18 + 1)
                .append(".contoso.local\",4688,").append(4000 + i % 60000).append(',').append((i % 1000) / 1000.0)
                .append(',').append(i % 7 == 0).append(",\"C:\\\\Windows\\\\System32\\\\cmd.exe /c whoami /all\",")
                .append("\"b1315f05-4a7a-45b4-811f-73e715f7c122\",\"00:00:").append(String.format(Locale.ROOT, "%02d", i % 60))
                .append(".5000000\",\"{\\\"ParentPid\\\":").append(3000 + i % 500).append("}\"]");
    }

    private static final String COLUMNS = "{\"name\":\"TimeGenerated\",\"type\":\"datetime\"},{\"name\":\"Computer\","
            + "\"type\":\"string\"},{\"name\":\"EventID\",\"type\":\"int\"},{\"name\":\"ProcessId\",\"type\":\"long\"},"
            + "{\"name\":\"Score\",\"type\":\"real\"},{\"name\":\"IsAdmin\",\"type\":\"bool\"},{\"name\":\"CommandLine\","
            + "\"type\":\"string\"},{\"name\":\"TenantId\",\"type\":\"guid\"},{\"name\":\"Elapsed\",\"type\":\"timespan\"},"
            + "{\"name\":\"Details\",\"type\":\"dynamic\"}";

    static byte[] logAnalytics(int rows) {
        StringBuilder sb = new StringBuilder(rows * 260);
        sb.append("{\"tables\":[{\"name\":\"PrimaryResult\",\"columns\":[").append(COLUMNS).append("],\"rows\":[");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sb.append(',');
            }
            row(sb, i);
        }
        return sb.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] kustoV2(int rows) {
        StringBuilder sb = new StringBuilder(rows * 260);
        sb.append("[{\"FrameType\":\"DataSetHeader\",\"IsProgressive\":false,\"Version\":\"v2.0\"},")
                .append("{\"FrameType\":\"DataTable\",\"TableId\":1,\"TableKind\":\"PrimaryResult\",")
                .append("\"TableName\":\"PrimaryResult\",\"Columns\":[")
                .append(COLUMNS.replace("\"name\"", "\"ColumnName\"").replace("\"type\"", "\"ColumnType\""))
                .append("],\"Rows\":[");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sb.append(',');
            }
            row(sb, i);
        }
        return sb.append("]},{\"FrameType\":\"DataSetCompletion\",\"HasErrors\":false,\"Cancelled\":false}]")
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] splunkPage(int offset, int count) {
        StringBuilder sb = new StringBuilder(count * 200 + 200);
        sb.append("{\"preview\":false,\"init_offset\":").append(offset).append(",\"messages\":[],\"fields\":[")
                .append("{\"name\":\"_time\"},{\"name\":\"host\"},{\"name\":\"EventCode\"},{\"name\":\"user\"},")
                .append("{\"name\":\"src_ip\"}],\"results\":[");
        for (int i = offset; i < offset + count; i++) {
            if (i > offset) {
                sb.append(',');
            }
            sb.append("{\"_time\":\"2024-05-01T").append(String.format(Locale.ROOT, "%02d:%02d:%02d.000+00:00",
                    (i / 3600) % 24, (i / 60) % 60, i % 60)).append("\",\"host\":\"WEB01\",\"EventCode\":\"4625\",")
                    .append("\"user\":\"user").append(i % 500).append("\",\"src_ip\":\"203.0.113.").append(i % 250)
                    .append("\"}");
        }
        return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
