package io.huntbook.bench.viz;

import io.huntbook.viz.Chart;
import io.huntbook.viz.Charts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import org.dflib.DataFrame;

/**
 * The chart speed targets (timeline of 1,000,000 events as HTML; PNG of 100,000 events) as the CPU time of the
 * measuring thread, which stays meaningful on a shared, overloaded machine where wall-clock JMH numbers mostly measure
 * the wait for a core. Arguments: rounds (default 8; the median and best are reported).
 */
public final class ChartCpuTiming {
    private ChartCpuTiming() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        DataFrame million = ChartBenchmark.events(1_000_000);
        DataFrame hundredThousand = million.head(100_000);
        report("timeline HTML, 1,000,000 events", rounds, () -> chart(million).toHtml().length());
        report("timeline PNG, 100,000 events", rounds, () -> chart(hundredThousand).toPng().length);
        report("timeline description only, 1,000,000 events", rounds, () -> chart(million).toJson().length());
    }

    private static Chart chart(DataFrame frame) {
        return Charts.timeline(frame).groupBy("Computer").tooltip("Account", "CommandLine").build();
    }

    private static void report(String what, int rounds, Supplier<Integer> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[rounds];
        long[] wall = new long[rounds];
        int size = 0;
        for (int i = 0; i < rounds; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            size = work.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%s: CPU median %.0f ms (best %.0f ms), wall median %.0f ms, output %,d bytes%n", what,
                cpu[rounds / 2] / 1e6, cpu[0] / 1e6, wall[rounds / 2] / 1e6, size);
    }
}
