package io.huntbook.bench.proctree;

import io.huntbook.analysis.proctree.ProcSchema;
import io.huntbook.analysis.proctree.ProcessTree;
import io.huntbook.analysis.unpack.UnpackResult;
import io.huntbook.analysis.unpack.Unpacker;
import io.huntbook.bench.unpack.EncodedCorpus;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.dflib.DataFrame;

/**
 * The two speed targets of issue 9 measured as the CPU time of the measuring thread, which stays meaningful on a
 * shared, overloaded machine where wall-clock JMH numbers mostly measure the wait for a core, and as the wall clock,
 * which alone counts work done on other threads. Arguments: events (default 1,000,000), corpus bytes (default 4 MiB),
 * rounds (default 8). The first half of the rounds is JIT warm-up; the second half is reported as median, min and
 * max.
 */
public final class CpuTiming {
    private CpuTiming() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int corpusBytes = args.length > 1 ? Integer.parseInt(args[1]) : 4 << 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        DataFrame frame = ProcessEvents.generate(events, 7);
        report("process tree build, " + events + " events", rounds, () -> ProcessTree.build(frame,
                ProcSchema.WINDOWS_4688).summary(), 0);
        String corpus = EncodedCorpus.generate(corpusBytes, 42);
        Unpacker unpacker = Unpacker.builder().maxItems(10_000_000).maxTotalBytes(1L << 32).build();
        UnpackResult check = unpacker.unpack(corpus);
        if (check.truncated()) {
            // a truncated result stops after the pass that hit a limit: it would time less than the whole work
            throw new IllegalStateException("the corpus unpacks truncated: " + check.warnings());
        }
        report("unpack, " + corpus.length() + " chars of encoded-heavy text", rounds,
                () -> unpacker.unpack(corpus).items().size(), corpus.length());
        // the frame asks every item for its hashes and printable form, which unpack() alone leaves until asked
        report("unpack and its frame (all 12 columns)", rounds,
                () -> unpacker.unpack(corpus).frame().height(), corpus.length());
    }

    private static void report(String what, int rounds, Supplier<Object> work, long bytes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[rounds];
        long[] processCpu = new long[rounds];
        long[] wall = new long[rounds];
        Object result = null;
        for (int i = 0; i < rounds; i++) {
            long startAll = allThreadsCpu(threads);
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = work.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            processCpu[i] = allThreadsCpu(threads) - startAll;
        }
        // the first half of the rounds is JIT warm-up: the figures are of the second half
        int from = rounds / 2;
        long[] measuredCpu = java.util.Arrays.copyOfRange(cpu, from, rounds);
        long[] measuredProcess = java.util.Arrays.copyOfRange(processCpu, from, rounds);
        long[] measuredWall = java.util.Arrays.copyOfRange(wall, from, rounds);
        System.out.printf("%s; result %s; last %d of %d rounds (median, min-max):%n", what, result, rounds - from,
                rounds);
        // with work shared out to other threads (the common pool), the measuring thread's time is only its share;
        // all Java threads together are the whole work (the collector's own threads are no Java threads)
        System.out.println("  CPU time of the measuring thread " + spread(measuredCpu, bytes));
        System.out.println("  CPU time of all Java threads     " + spread(measuredProcess, bytes));
        System.out.println("  wall clock                       " + spread(measuredWall, bytes));
    }

    /** The CPU time of every live Java thread, summed (threads that ended in between are lost: none do here). */
    private static long allThreadsCpu(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu > 0) {
                sum += cpu;
            }
        }
        return sum;
    }

    private static String spread(long[] nanos, long bytes) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        double median = (sorted[(n - 1) / 2] + sorted[n / 2]) / 2e6;
        double min = sorted[0] / 1e6;
        double max = sorted[n - 1] / 1e6;
        String text = String.format("%.1f ms (%.1f-%.1f)", median, min, max);
        if (bytes > 0) {
            text += String.format(" = %.1f MB/s (%.1f-%.1f)", bytes / 1e3 / median, bytes / 1e3 / max,
                    bytes / 1e3 / min);
        }
        return text;
    }
}
