package io.huntbook.bench.unpack;

import io.huntbook.analysis.unpack.UnpackResult;
import io.huntbook.analysis.unpack.Unpacker;
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
 * Unpacking throughput on encoded-heavy text ({@link EncodedCorpus}), one thread. MB/s = corpus MB / (ms/op / 1000).
 * {@code whole}: the corpus as one text (limits raised so nothing is cut); {@code wholeFrame}: the same with its output
 * frame; {@code lines}: each line on its own, as table mode does with command lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class UnpackBenchmark {
    @Param({"4194304"})
    int corpusBytes;

    String corpus;
    String[] lines;
    Unpacker unpacker;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = EncodedCorpus.generate(corpusBytes, 42);
        lines = corpus.split("\n");
        unpacker = Unpacker.builder().maxItems(10_000_000).maxTotalBytes(1L << 32).build();
        UnpackResult check = unpacker.unpack(corpus);
        if (check.truncated() || check.items().size() < lines.length / 4) {
            throw new IllegalStateException("corpus not fully decoded: " + check.items().size() + " items");
        }
    }

    @Benchmark
    public UnpackResult whole() {
        return unpacker.unpack(corpus);
    }

    /** With the output frame, which works out every item's hashes and printable form. */
    @Benchmark
    public DataFrame wholeFrame() {
        return unpacker.unpack(corpus).frame();
    }

    @Benchmark
    public int lines() {
        int items = 0;
        for (String line : lines) {
            items += unpacker.unpack(line).items().size();
        }
        return items;
    }
}
