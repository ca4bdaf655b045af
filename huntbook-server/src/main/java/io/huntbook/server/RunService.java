package io.huntbook.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.BadInputException;
import io.huntbook.notebook.params.ParameterJson;
import io.huntbook.notebook.params.Prepared;
import io.huntbook.runner.OutputPaths;
import io.huntbook.server.ledger.Ledger;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.ledger.RunState;
import io.huntbook.server.templates.Template;
import io.huntbook.server.templates.TemplateCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Turns jobs into queued runs (every trigger comes through here) and cancels runs. A job is validated completely
 * before anything is stored, so a refused job leaves no trace but its error.
 */
public final class RunService {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ServerSettings settings;
    private final TemplateCatalog templates;
    private final Ledger ledger;
    private final RunScheduling queue;
    private final Clock clock;
    private final JsonLog log;

    public RunService(ServerSettings settings, TemplateCatalog templates, Ledger ledger, RunScheduling queue,
                      Clock clock, JsonLog log) {
        this.settings = settings;
        this.templates = templates;
        this.ledger = ledger;
        this.queue = queue;
        this.clock = clock;
        this.log = log;
    }

    /**
     * Validates {@code job} and queues a run, or returns the run that already holds the job's idempotency key.
     *
     * @param trigger {@code http}, {@code file}, {@code schedule}, {@code poller}
     * @throws BadInputException when the template, a parameter or the output name is refused
     */
    public Submission submit(Job job, String trigger, @Nullable String triggerDetail) {
        if (job.idempotencyKey() != null) {
            Optional<RunRecord> existing = ledger.findByIdempotencyKey(job.idempotencyKey());
            if (existing.isPresent()) {
                return new Submission(existing.get(), true);
            }
        }
        Template template = templates.resolve(job.template());
        Instant now = clock.instant();
        String runId = UUID.randomUUID().toString();
        String identifier = job.identifier() == null || job.identifier().isBlank() ? "run" : job.identifier();
        String outputPath = outputPath(job, template, identifier, runId, now);
        Prepared prepared = RunPreparation.prepare(template, job.parameters(), outputPath, settings.strict(),
                settings.version());
        String parameters;
        try {
            parameters = MAPPER.writeValueAsString(ParameterJson.toJson(job.parameters()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException("the parameters cannot be stored as JSON: " + e.getOriginalMessage());
        }
        RunRecord run = RunRecord.queued(runId, template.name(), identifier, parameters, outputPath,
                job.idempotencyKey(), trigger, triggerDetail, settings.maxAttempts(),
                prepared.warnings().isEmpty() ? null : String.join("\n", prepared.warnings()), now);
        Ledger.Inserted inserted = ledger.insert(run);
        if (inserted.duplicate()) {
            return new Submission(inserted.run(), true);
        }
        queue.schedule(runId);
        log.info("run.queued", runId, "queued " + template.name() + " (" + trigger + ")", "template",
                template.name(), "trigger", trigger, "identifier", identifier);
        return new Submission(run, false);
    }

    /** What a cancel request did. */
    public enum CancelOutcome { CANCELLED, CANCEL_REQUESTED, ALREADY_FINAL, NOT_FOUND }

    /** Cancels a queued run at once; asks a running run's worker to stop it. */
    public CancelOutcome cancel(String runId) {
        Optional<RunRecord> run = ledger.find(runId);
        if (run.isEmpty()) {
            return CancelOutcome.NOT_FOUND;
        }
        if (ledger.finish(runId, RunState.QUEUED, RunState.CANCELLED, "cancelled before it started", null, null,
                null, clock.instant())) {
            queue.unschedule(runId);
            log.info("run.cancelled", runId, "cancelled while queued");
            return CancelOutcome.CANCELLED;
        }
        if (ledger.requestCancel(runId)) {
            log.info("run.cancel_requested", runId, "asked the worker to stop the run");
            return CancelOutcome.CANCEL_REQUESTED;
        }
        return CancelOutcome.ALREADY_FINAL;
    }

    private String outputPath(Job job, Template template, String identifier, String runId, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        job.parameters().forEach((name, value) -> fields.put(name, String.valueOf(value)));
        fields.put("template", template.name().replace('/', '_'));
        fields.put("identifier", safeForPaths(identifier));
        fields.put("run_id", runId);
        String expanded = OutputPaths.expand(job.output() != null ? job.output() : settings.naming(), fields, now);
        OutputLocations.resolve(settings.outputRoot(), expanded);
        return expanded;
    }

    /** An identifier as one path segment: anything but letters, digits, dot, dash and underscore becomes '_'. */
    static String safeForPaths(String identifier) {
        String safe = identifier.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
    }
}
