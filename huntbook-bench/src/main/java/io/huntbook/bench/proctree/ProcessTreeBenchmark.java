package io.huntbook.bench.proctree;

import io.huntbook.analysis.proctree.ProcSchema;
import io.huntbook.analysis.proctree.ProcessTree;
import java.util.concurrent.TimeUnit;
import org.dflib.DataFrame;
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
 * Process-tree build from an in-memory frame of typed 4688-style events ({@link ProcessEvents}), one thread; reading
 * files is measured apart (Tables.read). The result includes the output frame, summary and navigation links.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-XX:ActiveProcessorCount=1"})
public class ProcessTreeBenchmark {
    @Param({"1000000"})
    int events;

    DataFrame frame;

    @Setup(Level.Trial)
    public void setUp() {
        frame = ProcessEvents.generate(events, 7);
    }

    @Benchmark
    public ProcessTree build() {
        return ProcessTree.build(frame, ProcSchema.WINDOWS_4688);
    }
}
