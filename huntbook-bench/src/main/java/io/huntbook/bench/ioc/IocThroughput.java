package io.huntbook.bench.ioc;

import io.huntbook.analysis.ioc.IocExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * A quick whole-corpus throughput check (one thread) for development, in wall time and in the thread's CPU time (the machine is shared); the figures of record come from
 * {@link IocExtractionBenchmark} under JMH. Usage: {@code IocThroughput [mixed|dense] [MB]}.
 */
public final class IocThroughput {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IocThroughput() {}

    /** The floor: one pass that looks at every character, for calibrating a busy machine. */
    private static int baseline(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ':' || c == '@' || c == '/' || c == '\\') {
                count++;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "mixed";
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String text = kind.equals("dense") ? IocCorpus.dense(42, megabytes << 20) : IocCorpus.mixed(42, megabytes << 20);
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        IocExtractor iocs = IocExtractor.builder().build();
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            int found = args.length > 2 ? baseline(text) : iocs.matches(text).size();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("%s round %d: %.1f MB, wall %.3f s = %.1f MB/s, thread CPU %.3f s = %.1f MB/s (%d matches)%n",
                    kind, round, mb, seconds, mb / seconds, cpuSeconds, mb / cpuSeconds, found);
        }
    }
}
