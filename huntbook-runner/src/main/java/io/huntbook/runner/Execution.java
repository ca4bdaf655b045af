package io.huntbook.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.DisplayData;
import io.huntbook.notebook.ExecuteResult;
import io.huntbook.notebook.LanguageInfo;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.Output;
import io.huntbook.notebook.StreamOutput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One run of one notebook. All state changes happen under this object's lock (outputs arrive on other threads). */
final class Execution {
    static final String PENDING = "pending";
    static final String RUNNING = "running";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";
    static final String RAISES_EXCEPTION = "raises-exception";

    private final RunOptions options;
    private final List<Cell> cells;
    private final List<List<Output>> outputs = new ArrayList<>();
    /** Where each display id was shown: (cell index, output index) pairs, for updates. */
    private final Map<String, List<int[]>> displays = new HashMap<>();
    private ObjectNode metadata;
    private final int nbformatMinor;
    private final boolean finalNewline;
    private final ObjectNode extra;
    /** Gives the engine of this run (started now, or pre-started by the warm pool); called once. */
    private final Supplier<? extends JavaEngine> engineSource;

    Execution(Notebook notebook, RunOptions options, Supplier<? extends JavaEngine> engineSource) {
        this.options = options;
        this.engineSource = engineSource;
        this.cells = new ArrayList<>(notebook.cells());
        this.metadata = notebook.metadata().deepCopy();
        this.nbformatMinor = notebook.nbformatMinor();
        this.finalNewline = notebook.finalNewline();
        this.extra = notebook.extra().deepCopy();
    }

    RunResult run() {
        Instant started = Instant.now();
        prepare(started);
        save();
        options.listener().runStarted(cells.size());
        Instant deadline = options.runTimeout() == null ? null : started.plus(options.runTimeout());
        RunStatus status = RunStatus.SUCCEEDED;
        String message = "";
        int failedAt = -1;
        ScheduledExecutorService autosave = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "huntbook-autosave");
            thread.setDaemon(true);
            return thread;
        });
        if (options.outputFile() != null) {
            long every = options.autosaveInterval().toMillis();
            autosave.scheduleWithFixedDelay(this::save, every, every, TimeUnit.MILLISECONDS);
        }
        try (JavaEngine engine = engineSource.get()) {
            languageInfo(engine);
            for (int i = 0; i < cells.size(); i++) {
                Step step = runCell(engine, i, deadline);
                if (step.stop()) {
                    status = step.status();
                    message = step.message();
                    failedAt = step.markFailure() ? i : -1;
                    break;
                }
                if (step.status() != RunStatus.SUCCEEDED && status == RunStatus.SUCCEEDED) {
                    message = step.message(); // --allow-errors: remember the first error, keep going
                }
            }
        } catch (EngineException e) {
            status = RunStatus.DIED;
            message = e.getMessage();
        } finally {
            stopAutosave(autosave);
        }
        RunResult result = finish(started, status, message, failedAt);
        options.listener().runFinished(result);
        return result;
    }

    private static void stopAutosave(ScheduledExecutorService autosave) {
        autosave.shutdownNow();
        try {
            // A save still running must not land after the final one.
            autosave.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What one cell did to the run. */
    private record Step(boolean stop, RunStatus status, String message, boolean markFailure) {
        static final Step GO_ON = new Step(false, RunStatus.SUCCEEDED, "", false);
    }

    private Step runCell(JavaEngine engine, int index, @Nullable Instant deadline) {
        Instant cellStart = Instant.now();
        Cell cell;
        synchronized (this) {
            cell = cells.get(index).editPapermill(p -> {
                p.put("start_time", PapermillTimes.iso(cellStart));
                p.put("status", RUNNING);
                p.put("exception", false);
            });
            cells.set(index, cell);
        }
        options.listener().cellStarted(index, cell);
        Step step = Step.GO_ON;
        boolean failed = false;
        if (cell instanceof CodeCell code && !code.source().isBlank()) {
            Duration timeout = timeout(deadline);
            CellOutcome outcome = timeout != null && (timeout.isZero() || timeout.isNegative())
                    ? runOutOfTime(index)
                    : engine.execute(code.source(), output -> record(index, output), timeout);
            Instant cellEnd = Instant.now();
            synchronized (this) {
                CodeCell executed = ((CodeCell) cells.get(index)).withExecutionCount(outcome.executionCount());
                cells.set(index, executed.editMetadata(m -> {
                    ObjectNode execution = m.putObject("execution");
                    execution.put("iopub.execute_input", PapermillTimes.isoZ(cellStart));
                    execution.put("iopub.status.busy", PapermillTimes.isoZ(cellStart));
                    execution.put("iopub.status.idle", PapermillTimes.isoZ(cellEnd));
                    execution.put("shell.execute_reply", PapermillTimes.isoZ(cellEnd));
                }));
            }
            boolean runTimedOut = deadline != null && outcome.status() == CellOutcome.Status.TIMED_OUT
                    && !Instant.now().isBefore(deadline);
            step = switch (outcome.status()) {
                case OK -> Step.GO_ON;
                case ERROR -> cell.hasTag(RAISES_EXCEPTION) ? Step.GO_ON
                        : new Step(!options.allowErrors(), RunStatus.FAILED, outcome.message(), true);
                case EXITED -> outcome.exitStatus() == 0
                        ? new Step(true, RunStatus.SUCCEEDED, "the notebook called System.exit(0)", false)
                        : new Step(true, RunStatus.FAILED, "the notebook called System.exit(" + outcome.exitStatus()
                                + ")", true);
                case TIMED_OUT -> new Step(true, RunStatus.TIMED_OUT, runTimedOut
                        ? "the run exceeded its timeout of " + options.runTimeout().toSeconds() + " seconds"
                        : outcome.message(), true);
                case DIED -> new Step(true, RunStatus.DIED, outcome.message(), true);
            };
            failed = outcome.status() != CellOutcome.Status.OK
                    && !(outcome.status() == CellOutcome.Status.ERROR && cell.hasTag(RAISES_EXCEPTION));
        }
        complete(index, cellStart, failed);
        return step;
    }

    private @Nullable Duration timeout(@Nullable Instant deadline) {
        Duration cellTimeout = options.cellTimeout();
        if (deadline == null) {
            return cellTimeout;
        }
        Duration left = Duration.between(Instant.now(), deadline);
        return cellTimeout == null || left.compareTo(cellTimeout) < 0 ? left : cellTimeout;
    }

    private CellOutcome runOutOfTime(int index) {
        String message = "the run exceeded its timeout of " + options.runTimeout().toSeconds() + " seconds";
        record(index, new EngineOutput.Error("TimeoutError", message, List.of("TimeoutError: " + message)));
        return new CellOutcome(CellOutcome.Status.TIMED_OUT, 0, 0, message);
    }

    private void complete(int index, Instant cellStart, boolean failed) {
        Instant end = Instant.now();
        Cell cell;
        synchronized (this) {
            cell = cells.get(index).editPapermill(p -> {
                p.put("end_time", PapermillTimes.iso(end));
                p.put("duration", PapermillTimes.seconds(Duration.between(cellStart, end)));
                p.put("status", failed ? FAILED : COMPLETED);
                p.put("exception", failed);
            });
            cells.set(index, cell);
            if (failed) {
                metadata.withObject("/papermill").put("exception", true);
            }
        }
        options.listener().cellFinished(index, cell, failed ? FAILED : COMPLETED);
        if (options.saveAfterEachCell()) {
            save();
        }
    }

    /** One output of the running cell: streams merged with the stream before them, displays updated by id. */
    private void record(int index, EngineOutput engineOutput) {
        Output output = OutputConversion.toOutput(engineOutput);
        synchronized (this) {
            List<Output> list = outputs.get(index);
            if (engineOutput instanceof EngineOutput.Display display && display.displayId() != null) {
                update(display);
                if (display.update()) {
                    options.listener().output(index, output);
                    return;
                }
                displays.computeIfAbsent(display.displayId(), id -> new ArrayList<>())
                        .add(new int[] {index, list.size()});
            }
            if (output instanceof StreamOutput stream && !list.isEmpty()
                    && list.get(list.size() - 1) instanceof StreamOutput last && last.name().equals(stream.name())) {
                list.set(list.size() - 1, new StreamOutput(last.name(), last.text() + stream.text(), last.extra()));
            } else {
                list.add(output);
            }
        }
        options.listener().output(index, output);
    }

    /** Replaces every output shown under the display's id, in any cell, as Jupyter front ends do. */
    private void update(EngineOutput.Display display) {
        for (int[] place : displays.getOrDefault(display.displayId(), List.of())) {
            List<Output> list = outputs.get(place[0]);
            Output old = list.get(place[1]);
            ObjectNode data = OutputConversion.object(display.data());
            ObjectNode meta = OutputConversion.object(display.metadata());
            if (old instanceof DisplayData d) {
                list.set(place[1], new DisplayData(data, meta, d.extra()));
            } else if (old instanceof ExecuteResult r) {
                list.set(place[1], new ExecuteResult(r.executionCount(), data, meta, r.extra()));
            }
        }
    }

    /** papermill's start: outputs and counts cleared, every cell pending, run times reset. */
    private synchronized void prepare(Instant started) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell instanceof CodeCell code) {
                cell = code.cleared().editMetadata(m -> m.remove("execution"));
            }
            cells.set(i, cell.editPapermill(p -> {
                p.putNull("exception");
                p.putNull("start_time");
                p.putNull("end_time");
                p.putNull("duration");
                p.put("status", PENDING);
            }));
            outputs.add(new ArrayList<>());
        }
        ObjectNode papermill = metadata.withObject("/papermill");
        if (!options.inputPath().isEmpty()) {
            papermill.put("input_path", options.inputPath());
        }
        if (!options.outputPath().isEmpty()) {
            papermill.put("output_path", options.outputPath());
        }
        if (!papermill.has("parameters")) {
            papermill.putObject("parameters");
        }
        if (!papermill.has("default_parameters")) {
            papermill.putObject("default_parameters");
        }
        if (!papermill.has("environment_variables")) {
            papermill.putObject("environment_variables");
        }
        papermill.put("start_time", PapermillTimes.iso(started));
        papermill.putNull("end_time");
        papermill.putNull("duration");
        papermill.putNull("exception");
    }

    private synchronized void languageInfo(JavaEngine engine) {
        Map<String, Object> info = engine.languageInfo();
        LanguageInfo language = new LanguageInfo(String.valueOf(info.get("name")), (String) info.get("version"),
                (String) info.get("mimetype"), (String) info.get("file_extension"));
        metadata.set("language_info", language.toJson());
    }

    private RunResult finish(Instant started, RunStatus status, String message, int failedAt) {
        Instant end = Instant.now();
        Notebook notebook;
        synchronized (this) {
            ObjectNode papermill = metadata.withObject("/papermill");
            papermill.put("end_time", PapermillTimes.iso(end));
            papermill.put("duration", PapermillTimes.seconds(Duration.between(started, end)));
            if (failedAt >= 0) {
                papermill.put("exception", true);
            }
            notebook = snapshot();
            if (failedAt >= 0) {
                Integer count = notebook.cell(failedAt) instanceof CodeCell code ? code.executionCount() : null;
                notebook = notebook.withCells(ErrorCells.insert(notebook.cells(), failedAt, count));
            }
        }
        write(notebook);
        return new RunResult(notebook, status, message);
    }

    private synchronized Notebook snapshot() {
        List<Cell> current = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            current.add(cell instanceof CodeCell code ? code.withOutputs(outputs.get(i)) : cell);
        }
        return new Notebook(Notebook.NBFORMAT, nbformatMinor, metadata.deepCopy(), current,
                extra.deepCopy(), finalNewline);
    }

    /** Saves the notebook as it is now (atomically: a reader sees the previous save or this one). */
    private void save() {
        if (options.outputFile() != null) {
            write(snapshot());
        }
    }

    private void write(Notebook notebook) {
        if (options.outputFile() != null) {
            byte[] bytes = Notebooks.toBytes(notebook);
            synchronized (options) {
                AtomicFiles.write(options.outputFile(), bytes);
            }
        }
    }
}
