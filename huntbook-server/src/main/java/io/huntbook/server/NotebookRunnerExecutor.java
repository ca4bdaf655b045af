package io.huntbook.server;

import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.kernel.jupyter.client.JupyterKernel;
import io.huntbook.kernel.jupyter.client.KernelChoice;
import io.huntbook.kernel.jupyter.client.KernelSpec;
import io.huntbook.kernel.jupyter.client.LaunchOptions;
import io.huntbook.notebook.Cell;
import io.huntbook.runner.NotebookRunner;
import io.huntbook.runner.RunListener;
import io.huntbook.runner.RunOptions;
import io.huntbook.runner.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The runner, configured as {@code huntbook run} configures it, on a fresh agent JVM per run or on a warm engine from
 * a {@link FolderPool} (one engine per run either way, started in the template's folder); templates in other languages
 * on their installed Jupyter kernel, as {@code huntbook run} chooses it. Cancellation is checked
 * while the run waits for an engine and when each cell starts and ends: throwing from the listener unwinds the runner,
 * which closes the engine (killing the agent), so a cancelled run never starts another cell.
 */
final class NotebookRunnerExecutor implements RunExecutor {
    private final ExecutorSettings settings;
    private final @Nullable FolderPool pool;

    NotebookRunnerExecutor(ExecutorSettings settings, boolean pooled) {
        this.settings = settings;
        this.pool = pooled ? new FolderPool(folder -> JavaEngine.start(engineOptions(folder)), settings.capacity(),
                Runtime.getRuntime().availableProcessors(), settings.startTimeout()) : null;
    }

    @Override
    public int capacity() {
        return settings.capacity();
    }

    @Override
    public Optional<EngineUse> engineUse() {
        return pool == null ? Optional.empty() : Optional.of(pool.use());
    }

    @Override
    public void warmUp(List<Path> folders) {
        if (pool != null) {
            pool.warmUp(folders);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    public RunResult execute(ExecutionRequest request) {
        RunOptions options = RunOptions.builder()
                .inputPath(request.inputPath())
                .outputPath(request.outputPath())
                .outputFile(request.workFile())
                .runTimeout(request.runTimeout())
                .autosaveInterval(Duration.ofSeconds(10))
                .saveAfterEachCell(true)
                .engine(engineOptions(request.workingDirectory()))
                .listener(new CancelCheck(request))
                .build();
        KernelSpec kernel = KernelChoice.forNotebook(request.notebook(), null, null, System.getenv());
        if (kernel != null) {
            // A template in another language runs on its installed Jupyter kernel, started for this run only.
            return NotebookRunner.run(request.notebook(), options, () -> JupyterKernel.start(kernel,
                    LaunchOptions.defaults(request.workingDirectory(), settings.startTimeout())));
        }
        if (pool == null) {
            return NotebookRunner.run(request.notebook(), options);
        }
        AtomicReference<FolderPool.@Nullable Lease> lease = new AtomicReference<>();
        try {
            return NotebookRunner.run(request.notebook(), options, () -> {
                FolderPool.Lease taken = pool.take(request.workingDirectory(),
                        () -> !request.cancelled().getAsBoolean());
                if (taken == null) {
                    throw new RunCancelledException(request.runId());
                }
                lease.set(taken);
                return taken.engine();
            });
        } finally {
            FolderPool.Lease taken = lease.get();
            if (taken != null) {
                taken.close(); // the runner closed the engine already; this gives the pool its room back
            }
        }
    }

    private EngineOptions engineOptions(Path workingDirectory) {
        return EngineOptions.builder()
                .classPath(NotebookClassPath.forHost())
                .workingDirectory(workingDirectory)
                .maxHeap(settings.agentMemory())
                .startTimeout(settings.startTimeout())
                .cacheDirectory(settings.cacheDirectory())
                .configFile(settings.configFile())
                .build();
    }

    /** Stops the run between cells once it is cancelled. */
    private record CancelCheck(ExecutionRequest request) implements RunListener {
        @Override
        public void runStarted(int cellCount) {
            check();
        }

        @Override
        public void cellStarted(int index, Cell cell) {
            check();
        }

        @Override
        public void cellFinished(int index, Cell cell, String status) {
            check();
        }

        private void check() {
            if (request.cancelled().getAsBoolean()) {
                throw new RunCancelledException(request.runId());
            }
        }
    }
}
