package io.huntbook.bench.ioc;

import io.huntbook.analysis.ioc.IocExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dflib.DataFrame;
import org.dflib.Series;
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
 * IoC extraction throughput over {@link IocCorpus}: string mode on one thread (the 100 MB/s target) on the mixed
 * security-text corpus and on match-dense text, and table mode (one cell per corpus line) on all cores. Each operation
 * scans {@link #MEGABYTES} MB, so MB/s = {@code MEGABYTES * 1000 / (ms/op)}. Run with
 * {@code huntbook-bench/scripts/ioc-extraction.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class IocExtractionBenchmark {
    static final int MEGABYTES = 4;

    @Param({"mixed", "dense"})
    public String corpus;

    private String text;
    private DataFrame lines;
    private IocExtractor extractor;
    private IocExtractor tableExtractor;

    @Setup(Level.Trial)
    public void setUp() {
        int size = MEGABYTES * 1_000_000;
        text = corpus.equals("dense") ? IocCorpus.dense(42, size) : IocCorpus.mixed(42, size);
        // Sizes are in UTF-8 bytes; the corpora are ASCII, so characters and bytes agree.
        if (text.getBytes(StandardCharsets.UTF_8).length != text.length()) {
            throw new IllegalStateException("the corpus is meant to be ASCII");
        }
        text = text.substring(0, size);
        lines = DataFrame.byColumn("Line").of(Series.of(text.split("\n")));
        extractor = IocExtractor.builder().build();
        // Table mode with the same types as string mode, so the two measure the same work.
        tableExtractor = IocExtractor.builder().types(extractor.types().stream().map(t -> t.name()).toList()).build();
    }

    @Benchmark
    public int stringModeOneThread() {
        return extractor.matches(text).size();
    }

    @Benchmark
    public int tableModeAllCores() {
        return tableExtractor.extract(lines, List.of("Line")).height();
    }
}
