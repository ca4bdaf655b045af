package io.huntbook.bench.enrich;

import io.huntbook.core.Severity;
import io.huntbook.enrich.geoip.GeoIp;
import io.huntbook.enrich.geoip.GeoIpSettings;
import io.huntbook.enrich.ti.LookupOptions;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enrichment throughput on one thread: GeoIP lookups of a working set of 10,000 addresses (the per-address cache
 * answers repeats, as in hunting data), and threat-intel cache hits for a batch of 10,000 indicators through the
 * engine. GeoIP needs MaxMind's test databases: {@code -p geoipFolder=../shared/testdata/maxmind}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EnrichmentBenchmark {
    private static final int BATCH = 10_000;

    @Param("../shared/testdata/maxmind")
    public String geoipFolder;

    private GeoIp geoIp;
    private TiLookup ti;
    private String[] addresses;
    private List<String> indicators;
    private int next;

    /** A provider that knows every indicator; the benchmark only ever reads its answers from the cache. */
    static final class EveryIndicatorProvider implements TiProvider {
        @Override
        public String name() {
            return "Bench";
        }

        @Override
        public Set<String> supportedTypes() {
            return Set.of("dns");
        }

        @Override
        public TiVerdict lookup(TiQuery query) {
            return new TiVerdict(true, Severity.HIGH, JsonNodeFactory.instance.nullNode(),
                    JsonNodeFactory.instance.nullNode(), null);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        geoIp = GeoIp.open(new GeoIpSettings(Path.of(geoipFolder), "GeoIP2-City-Test.mmdb", null, null));
        SplittableRandom random = new SplittableRandom(42);
        addresses = new String[BATCH];
        for (int i = 0; i < BATCH; i++) {
            addresses[i] = (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256);
        }
        for (String a : addresses) {
            geoIp.lookup(a);
        }
        ti = TiLookup.builder().primary(new EveryIndicatorProvider()).build();
        indicators = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            indicators.add("host" + i + ".example.com");
        }
        ti.lookup(indicators, LookupOptions.defaults());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        geoIp.close();
    }

    @Benchmark
    public Object geoipLookup() {
        next = (next + 1) % BATCH;
        return geoIp.lookup(addresses[next]);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object tiCacheHits() {
        return ti.lookup(indicators, LookupOptions.defaults());
    }
}
