package io.huntbook.bench.catalog;

import io.huntbook.data.catalog.ParameterType;
import io.huntbook.data.catalog.Queries;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.catalog.QueryDefinition;
import io.huntbook.data.catalog.QueryParameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The query catalog over MSTICPy 3.0.2's own catalog (50 files, about 308 queries; {@code -Dhuntbook.queries=DIR},
 * default {@code ../shared/testdata/msticpy/queries}). Targets: loading the whole catalog in 0.3 s or less; rendering
 * 10,000 queries a second or more.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QueryCatalogBenchmark {
    private Path folder;
    private QueryCatalog catalog;
    private Queries sentinel;
    private Map<String, Object> logonParams;
    private final List<Queries> environments = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Map<String, Object>> params = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        folder = Path.of(System.getProperty("huntbook.queries", "../shared/testdata/msticpy/queries"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no query folder " + folder.toAbsolutePath()
                    + "; set -Dhuntbook.queries=DIR (MSTICPy's msticpy/data/queries)");
        }
        catalog = QueryCatalog.load(folder);
        sentinel = catalog.forEnvironment("MSSentinel");
        logonParams = Map.of("host_name", "web01.contoso.com", "start", "-3d@d", "end", "now");
        for (QueryDefinition query : catalog.list()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (QueryParameter p : query.parameters()) {
                if (p.required()) {
                    values.put(p.name(), example(p.type()));
                }
            }
            environments.add(catalog.forEnvironment(query.environment()));
            names.add(query.name());
            params.add(values);
        }
    }

    private static Object example(ParameterType type) {
        return switch (type) {
            case STR -> "example";
            case DATETIME -> "2024-04-30T00:00:00Z";
            case INT -> 7;
            case FLOAT -> 1.5;
            case LIST -> List.of("alpha", "beta");
        };
    }

    /** Reads, validates and compiles every file of the catalog. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, batchSize = 1)
    @Measurement(iterations = 20, batchSize = 1)
    public QueryCatalog loadWholeCatalogCold() {
        return QueryCatalog.load(folder);
    }

    /** Loading, steady state (the JIT has seen the loader). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public QueryCatalog loadWholeCatalog() {
        return QueryCatalog.load(folder);
    }

    /** A typical Sentinel query: lookup, parameter binding with a relative time, rendering. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public String renderSentinelLogons() {
        return sentinel.dryRun("WindowsSecurity.list_host_logons", logonParams);
    }

    /** Every query of every environment in turn, with example values for its required parameters. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public String renderEveryQueryInTurn() {
        int i = next;
        next = i + 1 == names.size() ? 0 : i + 1;
        return environments.get(i).dryRun(names.get(i), params.get(i));
    }
}
