package io.huntbook.bench.pool;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.PrepareRequest;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.runner.RunOptions;
import io.huntbook.runner.RunResult;
import io.huntbook.runner.RunStatus;
import io.huntbook.runner.pool.EnginePool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Warm-pool throughput: a pool of N engines, R runs of notebooks/hello-params.ipynb (5 code cells, parameterized)
 * submitted from N threads, each output written to disk. Reports per-run latency (p50, p90), runs/s, and where a run's
 * time goes: waiting for a warm engine, the cells (from {@code metadata.papermill.duration}), and the rest (save,
 * close). Usage: {@code PoolThroughput [runs] [poolSize] [notebook]}.
 */
public final class PoolThroughput {
    private PoolThroughput() {}

    record Sample(double totalMs, double waitMs, double cellsMs, double[] cellMs) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path source = Path.of(args.length > 2 ? args[2] : "notebooks/hello-params.ipynb");
        Notebook template = NotebookFiles.read(source);
        Path out = Files.createTempDirectory("huntbook-pool-bench");
        Path cache = Files.createDirectories(out.resolve("cache"));
        EngineOptions engine = EngineOptions.builder().classPath(NotebookClassPath.forHost()).maxHeap("256m")
                .cacheDirectory(cache).build();
        try (EnginePool pool = EnginePool.start(engine, size);
             ExecutorService callers = Executors.newFixedThreadPool(size)) {
            // Warm-up: the host's JShell/javac code paths and the agent's class-data archive.
            runAll(pool, callers, template, out, 2 * size, source);
            pool.awaitReady(Duration.ofMinutes(2));
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long started = System.nanoTime();
            List<Sample> samples = runAll(pool, callers, template, out, runs, source);
            double seconds = (System.nanoTime() - started) / 1e9;
            double hostCpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            report(samples, seconds, size);
            System.out.printf("  host CPU (JShell compiles, runner, engine start-ups on the host side): %.0f ms per run;"
                    + " load average at the end %.1f%n", hostCpuMs / runs, os.getSystemLoadAverage());
        }
    }

    private static List<Sample> runAll(EnginePool pool, ExecutorService callers, Notebook template, Path out,
                                       int runs, Path source) throws Exception {
        List<Future<Sample>> futures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int n = i;
            futures.add(callers.submit(() -> runOne(pool, template, out.resolve("run-" + n + ".ipynb"), n, source)));
        }
        List<Sample> samples = new ArrayList<>();
        for (Future<Sample> future : futures) {
            samples.add(future.get());
        }
        return samples;
    }

    private static Sample runOne(EnginePool pool, Notebook template, Path output, int n, Path source) {
        long started = System.nanoTime();
        Notebook prepared = NotebookParameters.prepare(template, Map.of("days", SuppliedValue.of(java.math.BigInteger.valueOf(n % 10))),
                new PrepareRequest(source.toString(), output.toString(), false, null, "bench")).notebook();
        long[] waited = new long[1];
        RunOptions options = RunOptions.builder().outputFile(output).saveAfterEachCell(false).build();
        RunResult result = io.huntbook.runner.NotebookRunner.run(prepared, options, () -> {
            long before = System.nanoTime();
            JavaEngine engine = pool.take();
            waited[0] = System.nanoTime() - before;
            return engine;
        });
        double total = (System.nanoTime() - started) / 1e6;
        if (result.status() != RunStatus.SUCCEEDED) {
            throw new IllegalStateException("run " + n + " " + result.status() + ": " + result.message());
        }
        List<Double> cells = new ArrayList<>();
        for (Cell cell : result.notebook().cells()) {
            if (cell instanceof CodeCell) {
                JsonNode duration = cell.papermill().map(p -> p.get("duration")).orElse(null);
                cells.add(duration == null || duration.isNull() ? 0 : duration.asDouble() * 1000);
            }
        }
        double[] cellMs = cells.stream().mapToDouble(Double::doubleValue).toArray();
        return new Sample(total, waited[0] / 1e6, cells.stream().mapToDouble(Double::doubleValue).sum(), cellMs);
    }

    private static void report(List<Sample> samples, double seconds, int size) {
        System.out.printf("pool of %d, %d runs in %.2f s: %.2f runs/s%n", size, samples.size(), seconds,
                samples.size() / seconds);
        System.out.printf("per run, ms: p50 %.0f, p90 %.0f, min %.0f, max %.0f%n",
                percentile(samples, Sample::totalMs, 0.5), percentile(samples, Sample::totalMs, 0.9),
                percentile(samples, Sample::totalMs, 0.0), percentile(samples, Sample::totalMs, 1.0));
        System.out.printf("  waiting for a warm engine: p50 %.0f ms; cells: p50 %.0f ms; rest (prepare, save, close):"
                        + " p50 %.0f ms%n",
                percentile(samples, Sample::waitMs, 0.5), percentile(samples, Sample::cellsMs, 0.5),
                percentile(samples, s -> s.totalMs() - s.waitMs() - s.cellsMs(), 0.5));
        int cells = samples.get(0).cellMs().length;
        StringBuilder perCell = new StringBuilder("  per code cell, p50 ms:");
        for (int i = 0; i < cells; i++) {
            int index = i;
            perCell.append(String.format(" %.0f", percentile(samples, s -> s.cellMs()[index], 0.5)));
        }
        System.out.println(perCell);
    }

    private static double percentile(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value,
                                     double p) {
        List<Double> values = new ArrayList<>();
        samples.forEach(s -> values.add(value.applyAsDouble(s)));
        Collections.sort(values);
        int index = (int) Math.min(values.size() - 1, Math.max(0, Math.ceil(p * values.size()) - 1));
        return values.get(index);
    }
}
