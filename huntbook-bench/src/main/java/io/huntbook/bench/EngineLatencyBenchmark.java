package io.huntbook.bench;

import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.java.NotebookClassPath;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-snippet latency of the Java engine on a warm session: host-side compile, the round trip to the agent, and the
 * run. Target: 35 ms or less. Run with {@code huntbook-bench/scripts/java-engine.sh}. {@code classPath}: the runtime
 * alone, or the notebook class path {@code huntbook run} gives (every Huntbook library and its dependencies), which the
 * compiler searches on every run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EngineLatencyBenchmark {
    @Param({"runtime", "host"})
    public String classPath;

    private JavaEngine engine;
    private int counter;

    @Setup(Level.Trial)
    public void start() {
        EngineOptions.Builder options = EngineOptions.builder().maxHeap("256m");
        if (classPath.equals("host")) {
            options.classPath(NotebookClassPath.forHost());
        }
        engine = JavaEngine.start(options.build());
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

    /** A declaration, as most notebook cells are: the variable is declared again each time (JShell replaces it). */
    @Benchmark
    public CellOutcome declaration() {
        counter++;
        return engine.execute("var total = counter + " + (counter % 10) + ";", output -> { }, null);
    }

    /** A cell that is a variable's name: its value as an execute_result. */
    @Benchmark
    public CellOutcome variable() {
        return engine.execute("counter", output -> { }, null);
    }

    /** A cell that prints a line. */
    @Benchmark
    public CellOutcome print() {
        return engine.execute("System.out.println(\"hello\");", output -> { }, null);
    }
}
