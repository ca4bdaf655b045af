package io.huntbook.server;

import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.notebook.Cell;
import io.huntbook.runner.NotebookRunner;
import io.huntbook.runner.RunListener;
import io.huntbook.runner.RunOptions;
import io.huntbook.runner.RunResult;
import java.time.Duration;

/**
 * The runner on a fresh agent JVM per run, configured as {@code huntbook run} configures it. Cancellation is checked
 * when each cell starts and ends: throwing from the listener unwinds the runner, which closes the engine (killing the
 * agent), so a cancelled run never starts another cell.
 */
final class NotebookRunnerExecutor implements RunExecutor {
    private final ExecutorSettings settings;

    NotebookRunnerExecutor(ExecutorSettings settings) {
        this.settings = settings;
    }

    @Override
    public int capacity() {
        return settings.capacity();
    }

    @Override
    public RunResult execute(ExecutionRequest request) {
        EngineOptions engine = EngineOptions.builder()
                .classPath(NotebookClassPath.forHost())
                .workingDirectory(request.workingDirectory())
                .maxHeap(settings.agentMemory())
                .startTimeout(settings.startTimeout())
                .cacheDirectory(settings.cacheDirectory())
                .configFile(settings.configFile())
                .build();
        RunOptions options = RunOptions.builder()
                .inputPath(request.inputPath())
                .outputPath(request.outputPath())
                .outputFile(request.workFile())
                .runTimeout(request.runTimeout())
                .autosaveInterval(Duration.ofSeconds(10))
                .saveAfterEachCell(true)
                .engine(engine)
                .listener(new CancelCheck(request))
                .build();
        return NotebookRunner.run(request.notebook(), options);
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
