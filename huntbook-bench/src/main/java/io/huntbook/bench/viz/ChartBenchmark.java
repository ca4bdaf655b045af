package io.huntbook.bench.viz;

import io.huntbook.viz.Chart;
import io.huntbook.viz.Charts;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.dflib.DataFrame;
import org.dflib.builder.DataFrameArrayAppender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Timeline charts from an in-memory frame of {@code events} process events over 7 days on 40 hosts (reading the file
 * is measured apart): the description built and the HTML page written (ECharts inlined, static image included), and
 * the description built and the static PNG drawn. One thread, headless.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-Djava.awt.headless=true"})
public class ChartBenchmark {
    @Param({"100000", "1000000"})
    public int events;

    private DataFrame frame;

    @Setup(Level.Trial)
    public void setUp() {
        frame = events(events);
    }

    /** {@code n} events: TimeGenerated spread over 7 days, Computer among 40 hosts, an account and a command line. */
    public static DataFrame events(int n) {
        DataFrameArrayAppender appender = DataFrame.byArrayRow("TimeGenerated", "Computer", "Account", "CommandLine")
                .appender();
        Instant start = Instant.parse("2026-11-20T00:00:00Z");
        long span = 7L * 24 * 3600 * 1000;
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            appender.append(start.plusMillis((long) (random.nextDouble() * span)), "host" + random.nextInt(40) + ".corp",
                    "user" + random.nextInt(200), "cmd.exe /c whoami " + i);
        }
        return appender.toDataFrame();
    }

    @Benchmark
    public int timelineHtml() {
        Chart chart = Charts.timeline(frame).groupBy("Computer").tooltip("Account", "CommandLine").build();
        return chart.toHtml().length();
    }

    @Benchmark
    public int timelinePng() {
        Chart chart = Charts.timeline(frame).groupBy("Computer").tooltip("Account", "CommandLine").build();
        return chart.toPng().length;
    }
}
