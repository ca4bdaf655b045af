package io.huntbook.bench.enrich;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.LookupOptions;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 1,000 indicators across 3 providers that each answer in 50 ms with no binding limit (32 calls in flight each):
 * the wall time of the whole lookup, which MSTICPy's one-item-after-another loop needs at least 3 x 50 s for.
 * Usage: {@code java ... io.huntbook.bench.enrich.TiConcurrencyTiming [indicators] [latencyMs]}.
 */
public final class TiConcurrencyTiming {
    private TiConcurrencyTiming() {}

    record SlowProvider(String name, long latencyMillis) implements TiProvider {
        @Override
        public Set<String> supportedTypes() {
            return Set.of("dns");
        }

        @Override
        public int maxConcurrency() {
            return 32;
        }

        @Override
        public boolean cacheable() {
            return false;
        }

        @Override
        public TiVerdict lookup(TiQuery query) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TiVerdict(false, Severity.INFORMATION, JsonNodeFactory.instance.nullNode(),
                    JsonNodeFactory.instance.nullNode(), null);
        }
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 50;
        TiLookup ti = TiLookup.builder().primary(new SlowProvider("A", latency)).primary(new SlowProvider("B", latency))
                .primary(new SlowProvider("C", latency)).build();
        List<String> iocs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            iocs.add("host" + i + ".example.com");
        }
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            int rows = ti.lookup(iocs, LookupOptions.defaults()).size();
            System.out.printf("%d indicators x 3 providers (%d rows), %d ms latency each: %.2f s%n", count, rows,
                    latency, (System.nanoTime() - start) / 1e9);
        }
    }
}
