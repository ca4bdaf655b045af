package io.huntbook.bench.data;

import io.huntbook.data.catalog.Queries;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.local.LocalData;
import io.huntbook.data.local.LocalDataCatalog;
import io.huntbook.data.sample.SampleData;
import io.huntbook.data.sample.SampleOptions;
import io.huntbook.data.sample.SampleSet;
import io.huntbook.data.sample.Story;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.dflib.DataFrame;

/**
 * A LocalData query over the sample data with {@code N} process events (1,000,000 by default), returning at most
 * 10,000 rows: {@code WindowsSecurity.list_host_processes} for the story's host over its busiest day, through the
 * catalog's renderer, DuckDB over Parquet and the typed frame. Prints the generation time (once; a sample already in
 * the folder with the same options is reused), the first query on a fresh connection, then the median and maximum of
 * {@code RUNS} queries after three warm-up ones.
 *
 * <p>{@code java ... io.huntbook.bench.data.LocalDataQueryTiming [FOLDER] [EVENTS] [RUNS]}
 */
public final class LocalDataQueryTiming {
    private LocalDataQueryTiming() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-sample");
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        SampleOptions options = new SampleOptions(SampleOptions.DEFAULT_SEED, LocalDate.of(2026, 1, 15), events);

        long t0 = System.nanoTime();
        SampleSet sample = SampleData.ensure(folder, options);
        System.out.printf("sample: %,d process events, %s, ready in %,d ms (%s)%n", events, sample.folder(),
                millis(t0), sample.rowCounts());

        Queries queries = QueryCatalog.load(LocalDataCatalog.writeTo(folder.resolveSibling("bench-catalog")))
                .forEnvironment(LocalData.ENVIRONMENT);
        Map<String, Object> params = Map.of("host_name", Story.HOST,
                "start", options.anchor().minusDays(1).toString(), "end", options.anchor().toString());
        try (LocalData data = sample.localData()) {
            Queries local = QueryCatalog.load(LocalDataCatalog.writeTo(folder.resolveSibling("bench-catalog")))
                    .using(data);
            long first = System.nanoTime();
            DataFrame frame = local.run("WindowsSecurity.list_host_processes", params);
            System.out.printf("first query (connect + views + query): %,d rows in %,d ms%n", frame.height(),
                    millis(first));
            for (int i = 0; i < 3; i++) {
                local.run("WindowsSecurity.list_host_processes", params);
            }
            long[] times = new long[runs];
            int rows = 0;
            long cpuBefore = processCpuNanos();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                rows = local.run("WindowsSecurity.list_host_processes", params).height();
                times[i] = System.nanoTime() - t;
            }
            long cpuPerQuery = (processCpuNanos() - cpuBefore) / runs;
            Arrays.sort(times);
            // On a shared machine wall time includes waiting for a core; the process CPU time (all threads, DuckDB's
            // included) per query is what the query itself costs.
            System.out.printf("query: %,d rows, %,d columns; wall median %,d ms, min %,d ms, max %,d ms over %d runs;"
                    + " process CPU %,d ms per query%n", rows, frame.width(), times[runs / 2] / 1_000_000,
                    times[0] / 1_000_000, times[runs - 1] / 1_000_000, runs, cpuPerQuery / 1_000_000);
            System.out.println("rendered: " + queries.dryRun("WindowsSecurity.list_host_processes", params)
                    .lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
