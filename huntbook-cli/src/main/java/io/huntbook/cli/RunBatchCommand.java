package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.runner.RunOptions;
import io.huntbook.runner.RunResult;
import io.huntbook.runner.RunStatus;
import io.huntbook.runner.job.Job;
import io.huntbook.runner.job.JobFiles;
import io.huntbook.runner.pool.EnginePool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dflib.DataFrame;
import org.dflib.builder.DataFrameArrayAppender;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook run-batch JOBS... [--parallel N]}: every job file (folders expanded) validated up front, then run
 * through a warm pool of N engines, N at a time; a summary row per job (job, status, duration, output) and exit 1 when
 * any job failed.
 */
@Command(name = "run-batch", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run job files (YAML or JSON; folders expanded) through a warm pool of Java engines.")
final class RunBatchCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "JOBS", description = "Job files, or folders of them.")
    List<Path> jobs = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "2",
            description = "Runs at once, and engines kept warm (default 2).")
    int parallel = 2;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "output",
            description = "Where outputs are written (default: output).")
    Path outputDir = Path.of("output");

    @Option(names = "--naming", paramLabel = "TEMPLATE", defaultValue = JobPlanner.DEFAULT_NAMING,
            description = "Output name inside --output-dir for jobs without 'output' (default: ${DEFAULT-VALUE}).")
    String naming = JobPlanner.DEFAULT_NAMING;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Where templates are looked up (repeatable; default: notebooks, then the current folder).")
    List<Path> templates = new ArrayList<>();

    @Option(names = "--execution-timeout", paramLabel = "SECONDS", description = "Time limit of each cell.")
    @Nullable Integer executionTimeout;

    @Option(names = "--run-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Time limit of each run (default 600).")
    int runTimeout = 600;

    @Option(names = "--agent-memory", paramLabel = "SIZE", defaultValue = "1g",
            description = "Heap cap of each engine's JVM, as -Xmx takes it (default 1g).")
    String agentMemory = "1g";

    @Option(names = "--strict", description = "Refuse every job on any parameter warning.")
    boolean strict;

    /** The status of a job whose idempotencyKey an earlier job of the batch has. */
    private static final String SKIPPED = "skipped";

    /** One finished job, for the summary. */
    private record Row(String job, String status, double seconds, @Nullable String output, String message) {}

    @Override
    protected int execute() throws Exception {
        if (parallel < 1 || parallel > 64) {
            throw new BadInputException("--parallel must be between 1 and 64, not " + parallel);
        }
        if (runTimeout <= 0 || (executionTimeout != null && executionTimeout <= 0)) {
            throw new BadInputException("timeouts must be positive numbers of seconds");
        }
        List<Job> read = JobFiles.readAll(JobFiles.expand(jobs));
        List<Path> roots = templates.isEmpty() ? List.of(Path.of("notebooks"), Path.of("")) : templates;
        JobPlanner planner = new JobPlanner(roots, outputDir, naming, strict, terminal());
        List<JobPlanner.Planned> planned = planner.planAll(read, Instant.now());
        terminal().progress("running " + planned.size() + " job" + (planned.size() == 1 ? "" : "s") + ", "
                + parallel + " at a time");
        List<Row> rows = runAll(planned);
        output().table(summary(rows));
        boolean failed = rows.stream().anyMatch(RunBatchCommand::failed);
        if (failed) {
            long count = rows.stream().filter(RunBatchCommand::failed).count();
            terminal().error(count + " of " + rows.size() + " jobs did not succeed");
        }
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static boolean failed(Row row) {
        return !row.status().equals("succeeded") && !row.status().equals(SKIPPED);
    }

    private EngineOptions engineOptions() {
        try {
            return EngineOptions.builder()
                    .classPath(NotebookClassPath.forHost())
                    .workingDirectory(Path.of("").toAbsolutePath())
                    .maxHeap(agentMemory)
                    .cacheDirectory(NotebookExecution.cacheDirectory())
                    .configFile(global().config())
                    .magics(MavenValidation.unattended())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--agent-memory: " + e.getMessage());
        }
    }

    private List<Row> runAll(List<JobPlanner.Planned> planned) throws InterruptedException {
        EngineOptions engine = engineOptions();
        AtomicInteger finished = new AtomicInteger();
        List<Row> rows = new ArrayList<>();
        try (EnginePool pool = EnginePool.start(engine, Math.min(parallel, Math.max(1, planned.size())));
             ExecutorService workers = Executors.newFixedThreadPool(parallel)) {
            List<Future<Row>> futures = new ArrayList<>();
            for (JobPlanner.Planned run : planned) {
                futures.add(workers.submit(() -> {
                    Row row = run(pool, run);
                    terminal().progress("[" + finished.incrementAndGet() + "/" + planned.size() + "] " + row.job()
                            + " " + row.status() + " in " + String.format(Locale.ROOT, "%.2f", row.seconds()) + " s"
                            + (row.message().isEmpty() ? "" : ": " + row.message()));
                    return row;
                }));
            }
            for (Future<Row> future : futures) {
                try {
                    rows.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a batch worker failed: " + e.getCause().getMessage(),
                            e.getCause());
                }
            }
        }
        return rows;
    }

    private Row run(EnginePool pool, JobPlanner.Planned run) {
        if (run.duplicateOf() != null) {
            return new Row(run.name(), SKIPPED, 0, null, "same idempotencyKey as " + run.duplicateOf());
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(run.output().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + run.output().getParent() + ": " + e.getMessage(), e);
        }
        RunOptions options = RunOptions.builder()
                .inputPath(run.inputPath())
                .outputPath(run.output().toString())
                .outputFile(run.output())
                .cellTimeout(executionTimeout == null ? null : Duration.ofSeconds(executionTimeout))
                .runTimeout(Duration.ofSeconds(runTimeout))
                // One save at the end is enough for a batch: the pool is about throughput.
                .saveAfterEachCell(false)
                .autosaveInterval(Duration.ofSeconds(30))
                .build();
        RunResult result = pool.run(run.notebook(), options);
        double seconds = (System.nanoTime() - started) / 1e9;
        String output = Files.isRegularFile(run.output()) ? run.output().toString() : null;
        return new Row(run.name(), status(result.status()), seconds, output, result.message());
    }

    private static String status(RunStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static DataFrame summary(List<Row> rows) {
        DataFrameArrayAppender appender = DataFrame.byArrayRow("job", "status", "duration", "output").appender();
        for (Row row : rows) {
            appender.append(row.job(), row.status(), Math.round(row.seconds() * 1000) / 1000.0, row.output());
        }
        return appender.toDataFrame();
    }
}
