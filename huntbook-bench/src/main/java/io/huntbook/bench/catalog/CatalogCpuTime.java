package io.huntbook.bench.catalog;

import io.huntbook.data.catalog.Queries;
import io.huntbook.data.catalog.QueryCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog's speed in CPU time of the measuring thread, which stays meaningful on a machine shared with other
 * work (JMH measures wall-clock time). Usage: {@code CatalogCpuTime [QUERY_FOLDER]}; prints the best load of 15 and
 * the renders per CPU-second of the Sentinel logon query, after warm-up rounds.
 */
public final class CatalogCpuTime {
    private CatalogCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/testdata/msticpy/queries");
        long bestLoad = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            bestLoad = Long.MAX_VALUE;
            for (int i = 0; i < 15; i++) {
                long before = threads.getCurrentThreadCpuTime();
                QueryCatalog.load(folder);
                bestLoad = Math.min(bestLoad, threads.getCurrentThreadCpuTime() - before);
            }
        }
        Queries sentinel = QueryCatalog.load(folder).forEnvironment("MSSentinel");
        Map<String, Object> params = Map.of("host_name", "web01.contoso.com", "start", "-3d@d", "end", "now");
        double rate = 0;
        for (int round = 0; round < 4; round++) {
            int n = 50_000;
            long before = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sentinel.dryRun("WindowsSecurity.list_host_logons", params);
            }
            rate = n / ((threads.getCurrentThreadCpuTime() - before) / 1e9);
        }
        System.out.printf(Locale.ROOT, "load whole catalog: %.1f ms CPU (best of 15 after warm-up)%n", bestLoad / 1e6);
        System.out.printf(Locale.ROOT, "render WindowsSecurity.list_host_logons: %.0f per CPU-second%n", rate);
    }
}
