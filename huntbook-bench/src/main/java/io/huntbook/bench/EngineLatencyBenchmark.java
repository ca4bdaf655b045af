package io.huntbook.bench;

import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-snippet latency of the Java engine on a warm session: host-side compile, the round trip to the agent, and the
 * run. Target: 35 ms or less. Run with {@code huntbook-bench/scripts/engine-latency.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EngineLatencyBenchmark {
    private JavaEngine engine;
    private int counter;

    @Setup(Level.Trial)
    public void start() {
        engine = JavaEngine.start(EngineOptions.builder().maxHeap("256m").build());
        engine.execute("int counter = 0;", output -> { }, null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        engine.close();
    }

    /** A statement: compile, load, invoke. */
    @Benchmark
    public CellOutcome statement() {
        return engine.execute("counter++;", output -> { }, null);
    }

    /** A final expression, whose value comes back as an execute_result. */
    @Benchmark
    public CellOutcome expression() {
        counter++;
        return engine.execute("counter + " + (counter % 10), output -> { }, null);
    }

    /** A cell that prints a line. */
    @Benchmark
    public CellOutcome print() {
        return engine.execute("System.out.println(\"hello\");", output -> { }, null);
    }
}
