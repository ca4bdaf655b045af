package io.huntbook.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.notebook.params.ParameterJson;
import io.huntbook.notebook.params.Prepared;
import io.huntbook.runner.RunResult;
import io.huntbook.runner.RunStatus;
import io.huntbook.server.ledger.Ledger;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.ledger.RunState;
import io.huntbook.server.queue.RunHandler;
import io.huntbook.server.templates.Template;
import io.huntbook.server.templates.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Executes one run for the queue: claims it in the ledger (an attempt), prepares its template, runs it, hands the
 * result to the completion handler and records the final state. A run found RUNNING when its execution comes round
 * again belonged to a worker that stopped heartbeating: it is retried while attempts are left, else failed with the
 * reason. Infrastructure failures (an engine that died, an exception) are retried with a growing delay; notebook
 * errors and timeouts are final.
 */
final class RunWorker implements RunHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ServerSettings settings;
    private final TemplateCatalog templates;
    private final Ledger ledger;
    private final RunExecutor executor;
    private final RunCompletionHandler completion;
    private final Clock clock;
    private final JsonLog log;
    /** Runs executing in this process: a revived execution of one of them is a missed heartbeat, not a dead worker. */
    private final java.util.Set<String> executing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Held while claiming a run of a template with a limit (see {@link #claim}). */
    private final Object limitedClaims = new Object();

    RunWorker(ServerSettings settings, TemplateCatalog templates, Ledger ledger, RunExecutor executor,
              RunCompletionHandler completion, Clock clock, JsonLog log) {
        this.settings = settings;
        this.templates = templates;
        this.ledger = ledger;
        this.executor = executor;
        this.completion = completion;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public Outcome handle(String runId, Instant executionTime) {
        Optional<RunRecord> found = ledger.find(runId);
        if (found.isEmpty()) {
            log.warn("run.missing", runId, "a queue execution names a run the ledger does not have; dropped");
            return new Done();
        }
        RunRecord run = found.get();
        if (run.state().isFinal()) {
            return new Done();
        }
        String recovery = null;
        if (run.state() == RunState.RUNNING && executing.contains(runId)) {
            // This process is still running it: its heartbeat was late (a starved machine), nothing was lost.
            return new Later(clock.instant().plusSeconds(5));
        }
        if (run.state() == RunState.RUNNING) {
            String lost = "attempt " + run.attempts() + " on worker " + run.worker()
                    + " was lost (the worker stopped heartbeating)";
            if (run.attempts() >= run.maxAttempts()) {
                finish(run, RunState.RUNNING, RunState.FAILED, lost + "; no attempts left", null, null, null);
                return new Done();
            }
            recovery = lost + "; retried";
            log.warn("run.recovered", runId, recovery, "worker", settings.workerName());
        }
        int limit = settings.templateLimits().getOrDefault(run.template(), 0);
        if (!claim(run, recovery, limit)) {
            RunRecord now = ledger.find(runId).orElse(run);
            if (now.state().isFinal()) {
                return new Done();
            }
            if (now.cancelRequested() && now.state() == RunState.RUNNING) {
                finish(now, RunState.RUNNING, RunState.CANCELLED, "cancelled", null, null, null);
                return new Done();
            }
            // The template is at its limit of runs at once: look again shortly.
            return new Later(clock.instant().plusSeconds(1));
        }
        RunRecord claimed = ledger.find(runId).orElseThrow();
        log.info("run.started", runId, "attempt " + claimed.attempts() + " of " + claimed.template(), "template",
                claimed.template(), "attempt", claimed.attempts(), "worker", settings.workerName());
        executing.add(runId);
        try {
            return execute(claimed);
        } finally {
            executing.remove(runId);
        }
    }

    /**
     * Claims the run for this worker. The limit is checked inside the claiming UPDATE, but two of this worker's threads
     * claiming runs of one limited template at the same moment would each count the other's run as not yet RUNNING
     * (read committed), so those claims take turns here: the limit is exact on one worker, best effort across several.
     */
    private boolean claim(RunRecord run, @Nullable String recovery, int limit) {
        if (limit <= 0) {
            return ledger.claim(run.id(), run.state(), settings.workerName(), clock.instant(), recovery, 0);
        }
        synchronized (limitedClaims) {
            return ledger.claim(run.id(), run.state(), settings.workerName(), clock.instant(), recovery, limit);
        }
    }

    private Outcome execute(RunRecord run) {
        Path workFile = settings.dataDir().resolve("work").resolve(run.id() + ".ipynb");
        RunResult result;
        try {
            Template template = templates.resolve(run.template());
            @SuppressWarnings("unchecked")
            java.util.Map<String, @Nullable Object> parameters = ParameterJson.fromJson(
                    MAPPER.readTree(run.parametersJson()));
            Prepared prepared = RunPreparation.prepare(template, parameters, run.outputPath(), settings.strict(),
                    settings.version());
            Files.createDirectories(workFile.getParent());
            result = executor.execute(new ExecutionRequest(run.id(), prepared.notebook(), template.file().toString(),
                    run.outputPath(), workFile, template.file().getParent(), settings.runTimeout(),
                    () -> stopRequested(run)));
        } catch (RunCancelledException e) {
            if (!ledger.owns(run.id(), settings.workerName(), run.attempts())) {
                log.warn("run.superseded", run.id(), "attempt " + run.attempts() + " stopped: another attempt owns"
                        + " the run");
                return new Done();
            }
            finish(run, RunState.RUNNING, RunState.CANCELLED, "cancelled while running (stopped between cells)",
                    null, null, null);
            return new Done();
        } catch (io.huntbook.core.BadInputException e) {
            // The template or its parameters no longer validate (the template changed since the run was queued).
            finish(run, RunState.RUNNING, RunState.FAILED, "refused at start: " + e.getMessage(), null, null, null);
            return new Done();
        } catch (IOException | RuntimeException e) {
            return infrastructureFailure(run, describe(e));
        } finally {
            deleteQuietly(workFile);
        }
        if (result.status() == RunStatus.DIED) {
            return infrastructureFailure(run, "the engine died: " + result.message());
        }
        RunState state = switch (result.status()) {
            case SUCCEEDED -> RunState.SUCCEEDED;
            case TIMED_OUT -> RunState.TIMED_OUT;
            default -> RunState.FAILED;
        };
        Completion done;
        try {
            done = completion.completed(new FinishedRun(run, result.notebook(), state, result.message()));
        } catch (RuntimeException e) {
            return infrastructureFailure(run, "storing the output failed: " + describe(e));
        }
        finish(run, RunState.RUNNING, state, result.message().isEmpty() ? null : result.message(),
                result.exitCode(), done.outputUri(), done.details().isEmpty() ? null : done.details().toString());
        return new Done();
    }

    private Outcome infrastructureFailure(RunRecord run, String why) {
        String reason = "attempt " + run.attempts() + " failed: " + why;
        if (run.attempts() >= run.maxAttempts()) {
            finish(run, RunState.RUNNING, RunState.FAILED, reason + "; no attempts left", null, null, null);
            return new Done();
        }
        if (!ledger.requeue(run.id(), settings.workerName(), run.attempts(), reason + "; retrying")) {
            return new Done();
        }
        Duration delay = Duration.ofSeconds(Math.min(60, 1L << Math.min(run.attempts(), 6)));
        log.warn("run.retry", run.id(), reason + "; retrying in " + delay.toSeconds() + " s");
        return new Later(clock.instant().plus(delay));
    }

    /** Cancelled, or taken over by another attempt (this worker missed its heartbeats). */
    private boolean stopRequested(RunRecord run) {
        RunRecord now = ledger.find(run.id()).orElse(run);
        return now.cancelRequested() || !settings.workerName().equals(now.worker()) || now.attempts() != run.attempts();
    }

    /** Records the end; an attempt that no longer owns its run (it was taken over) records nothing. */
    private void finish(RunRecord run, RunState from, RunState to, @Nullable String reason,
                        @Nullable Integer exitCode, @Nullable String outputUri, @Nullable String details) {
        boolean owned = from == RunState.RUNNING && settings.workerName().equals(run.worker());
        boolean done = owned
                ? ledger.finishOwned(run.id(), settings.workerName(), run.attempts(), to, reason, exitCode, outputUri,
                        details, clock.instant())
                : ledger.finish(run.id(), from, to, reason, exitCode, outputUri, details, clock.instant());
        if (done) {
            log.info("run.finished", run.id(), to.name().toLowerCase(java.util.Locale.ROOT)
                    + (reason == null ? "" : ": " + reason), "state", to.name(), "template", run.template());
        }
    }

    private static String describe(Throwable e) {
        String message = io.huntbook.server.ledger.LedgerDatabase.rootMessage(e);
        return e.getClass().getSimpleName() + ": " + message;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover autosave in the work folder is harmless.
        }
    }
}
