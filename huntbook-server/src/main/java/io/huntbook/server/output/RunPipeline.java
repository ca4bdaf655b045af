package io.huntbook.server.output;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.HuntbookHome;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.PrepareRequest;
import io.huntbook.notebook.params.Prepared;
import io.huntbook.notebook.params.SecretCheck;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.notebook.scraps.Finding;
import io.huntbook.notebook.scraps.Scraps;
import io.huntbook.runner.NotebookRunner;
import io.huntbook.runner.RunOptions;
import io.huntbook.runner.RunResult;
import io.huntbook.runner.RunStatus;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.incident.IncidentEvent;
import io.huntbook.server.incident.SinkOutcome;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run from job to incident (DESIGN.md §3), shared by {@code huntbook serve} and {@code huntbook demo}: parameters
 * checked strictly (secret-looking values and unknown names refused, §6.C) and injected; the notebook executed on
 * the Java engine in its own JVM (a notebook that exits, halts, loops, exhausts its memory or floods its output fails
 * alone); then {@link #complete}: the output stored under §6.E's name, an optional input-stripped copy, scraps read
 * back, and for a finding the HTML report, a copy in the findings folder and every incident sink.
 *
 * <p>The server, which runs notebooks from its own queue, calls {@link #outputName}, {@link OutputStore#workingFile}
 * and then {@link #complete} when a run ends. Everything derived from a run (copies, report, finding, incidents) is
 * read from the bytes the runner wrote, so whatever the runner redacted stays redacted.
 */
public final class RunPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(RunPipeline.class);

    private final OutputStore store;
    private final OutputNaming naming;
    private final boolean strippedCopy;
    private final boolean reportEveryRun;
    private final boolean reportWithInput;
    private final String findingsFolder;
    private final FindingRules rules;
    private final @Nullable IncidentDispatcher incidents;
    private final List<String> labels;
    private final EngineOptions engine;
    private final @Nullable Duration runTimeout;
    private final @Nullable Duration cellTimeout;
    private final String version;
    private final Clock clock;
    private final BiConsumer<Job, String> onStart;

    /**
     * A notebook to run.
     *
     * @param template the template's name ({@code ip-context}), used in names and incidents
     * @param notebook the template, not yet parameterised
     * @param inputPath where the template came from, recorded in {@code metadata.papermill.input_path}
     * @param identifier what this run is about (an IP, an alert id); any text, made safe for names
     * @param parameters the values to inject
     */
    public record Job(String template, Notebook notebook, String inputPath, String identifier,
                      Map<String, SuppliedValue> parameters) {
        public Job {
            parameters = new LinkedHashMap<>(parameters);
        }
    }

    /**
     * A run that ended, as the server hands it over.
     *
     * @param outputName the name from {@link #outputName}; the runner saved to {@code store.workingFile(outputName)}
     * @param result what the runner returned, or null when it threw (then {@code failure} says why)
     */
    public record Completed(String template, String identifier, String runId, String outputName,
                            @Nullable RunResult result, String failure, Instant started, Instant ended) {}

    private RunPipeline(Builder b) {
        this.store = b.store;
        this.naming = b.naming;
        this.strippedCopy = b.strippedCopy;
        this.reportEveryRun = b.reportEveryRun;
        this.reportWithInput = b.reportWithInput;
        this.findingsFolder = b.findingsFolder;
        this.rules = b.rules;
        this.incidents = b.incidents;
        this.labels = List.copyOf(b.labels);
        this.engine = b.engine != null ? b.engine : defaultEngine();
        this.runTimeout = b.runTimeout;
        this.cellTimeout = b.cellTimeout;
        this.version = b.version;
        this.clock = b.clock;
        this.onStart = b.onStart;
    }

    public static Builder builder(OutputStore store) {
        return new Builder(store);
    }

    public OutputStore store() {
        return store;
    }

    /** The output name of a run (§6.E), relative to the store. */
    public String outputName(String template, String identifier, String runId, Map<String, SuppliedValue> parameters,
                             Instant started) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, value.value()));
        return naming.name(template, identifier, runId, values, started);
    }

    /**
     * Runs {@code job} and completes it. A notebook that fails, dies or times out gives a record saying so; this
     * method does not throw for it.
     *
     * @throws BadInputException when the identifier or the parameters are refused (secret-looking, unknown, or not of
     *     the declared type); nothing is written then
     */
    public RunRecord run(Job job) {
        if (SecretCheck.containsKeyFormat(job.identifier())) {
            // The identifier becomes a file name, an incident title and a webhook field: never a secret (§6.C).
            throw new BadInputException(job.template() + ": the identifier looks like a secret (a known key or token"
                    + " format); identify the run by something else and let the notebook read secrets with secret()");
        }
        Instant started = clock.instant();
        String runId = UUID.randomUUID().toString();
        String name = outputName(job.template(), job.identifier(), runId, job.parameters(), started);
        Prepared prepared = NotebookParameters.prepare(job.notebook(), job.parameters(),
                new PrepareRequest(job.inputPath(), RunRecord.path(store.location(name)), false, null, version));
        if (!prepared.warnings().isEmpty()) {
            // The server is strict (§6.C): a warning would be a refusal with --strict, so it is one here.
            throw new BadInputException(job.template() + ": " + prepared.warnings().get(0));
        }
        onStart.accept(job, runId);
        RunResult result = null;
        String failure = "";
        try {
            result = NotebookRunner.run(prepared.notebook(), RunOptions.builder()
                    .inputPath(job.inputPath())
                    .outputPath(RunRecord.path(store.location(name)))
                    .outputFile(store.workingFile(name))
                    .runTimeout(runTimeout)
                    .cellTimeout(cellTimeout)
                    .engine(engine)
                    .build());
        } catch (RuntimeException e) {
            LOG.warn("run {} of {} could not run: {}", runId, job.template(), e.getMessage());
            failure = "the run could not start or finish: " + e.getMessage();
        }
        return complete(new Completed(job.template(), job.identifier(), runId, name, result, failure, started,
                clock.instant()));
    }

    /** Stores a finished run's outputs, reads its finding and raises incidents: the server's run-completion hook. */
    public RunRecord complete(Completed run) {
        RunStatus status = run.result() == null ? RunStatus.FAILED : run.result().status();
        String message = run.result() == null ? run.failure() : run.result().message();
        Path working = store.workingFile(run.outputName());
        byte[] bytes;
        try {
            bytes = Files.isRegularFile(working) ? Files.readAllBytes(working)
                    : run.result() != null ? Notebooks.toBytes(run.result().notebook()) : null;
        } catch (IOException e) {
            bytes = null;
            message = join(message, "cannot read the output " + working + ": " + e.getMessage());
        }
        return complete(run, status, message, bytes);
    }

    /**
     * Completes a run another executor ran (the server's queue): its executed notebook and how it ended are given,
     * the rest is as {@link #complete(Completed)}.
     */
    public RunRecord completeExecuted(String template, String identifier, String runId, String outputName,
                                      Notebook executed, RunStatus status, String message, Instant started,
                                      Instant ended) {
        Completed run = new Completed(template, identifier, runId, outputName, null, message, started, ended);
        return complete(run, status, message, Notebooks.toBytes(executed));
    }

    private RunRecord complete(Completed run, RunStatus initialStatus, String initialMessage,
                               byte @Nullable [] bytes) {
        RunStatus status = initialStatus;
        String message = initialMessage;
        String statusName = status.name().toLowerCase(Locale.ROOT);
        if (bytes == null) {
            return new RunRecord(run.template(), run.identifier(), run.runId(), statusName, ExitCodes.FAILED,
                    join(message, "no output notebook was written"), run.started(), run.ended(), null, null, null,
                    null, null, null, List.of());
        }
        URI output = null;
        URI stripped = null;
        URI report = null;
        URI findingCopy = null;
        Finding finding = null;
        List<SinkOutcome> outcomes = List.of();
        try {
            output = store.put(run.outputName(), bytes);
            Notebook notebook = Notebooks.read(bytes);
            String base = withoutExtension(run.outputName());
            if (strippedCopy) {
                stripped = store.put(base + ".no-input.ipynb", Notebooks.toBytes(stripInput(notebook)));
            }
            if (status == RunStatus.SUCCEEDED) {
                finding = rules.find(Scraps.read(notebook)).orElse(null);
            }
            if (finding != null || reportEveryRun) {
                String title = run.outputName().substring(run.outputName().lastIndexOf('/') + 1);
                report = store.put(base + ".html", io.huntbook.notebook.report.HtmlReport.builder()
                        .withInput(reportWithInput).build().renderBytes(notebook, title));
            }
            if (finding != null) {
                findingCopy = store.put(findingsFolder + "/" + run.outputName(), bytes);
                if (incidents != null) {
                    outcomes = incidents.raise(event(run, finding, output, report, findingCopy));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("run {} of {}: outputs incomplete: {}", run.runId(), run.template(), e.getMessage());
            message = join(message, "outputs incomplete: " + e.getMessage());
            status = status == RunStatus.SUCCEEDED ? RunStatus.FAILED : status;
            statusName = status.name().toLowerCase(Locale.ROOT);
        }
        return new RunRecord(run.template(), run.identifier(), run.runId(), statusName, status.exitCode(), message,
                run.started(), run.ended(), run.outputName(), output, stripped, report, findingCopy, finding, outcomes);
    }

    private IncidentEvent event(Completed run, Finding finding, URI output, @Nullable URI report,
                                @Nullable URI findingCopy) {
        String title = finding.title() != null && !finding.title().isBlank() ? finding.title()
                : run.template() + " found something for " + run.identifier();
        List<String> allLabels = new ArrayList<>(List.of("huntbook", run.template()));
        labels.stream().filter(l -> !allLabels.contains(l)).forEach(allLabels::add);
        return new IncidentEvent(IncidentEvent.dedupKey(run.template(), run.identifier()), run.template(),
                run.identifier(), run.runId(), title, finding.description(), finding.severity(), run.started(), output,
                report, findingCopy, allLabels);
    }

    /** The notebook without its code: every code cell's source emptied (outputs kept), as nbconvert's --no-input. */
    static Notebook stripInput(Notebook notebook) {
        return notebook.mapCells(cell -> cell instanceof io.huntbook.notebook.CodeCell code ? code.withSource("")
                : cell);
    }

    private static String withoutExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    /** The Java engine with this host's notebook class path and the AOT cache under {@code $HUNTBOOK_HOME/cache}. */
    public static EngineOptions defaultEngine() {
        return EngineOptions.builder()
                .classPath(NotebookClassPath.forHost())
                .cacheDirectory(HuntbookHome.dir().resolve("cache"))
                .build();
    }

    /** Builds a {@link RunPipeline}. */
    public static final class Builder {
        private final OutputStore store;
        private OutputNaming naming = OutputNaming.defaults();
        private boolean strippedCopy;
        private boolean reportEveryRun;
        private boolean reportWithInput;
        private String findingsFolder = "findings";
        private FindingRules rules = FindingRules.defaults();
        private @Nullable IncidentDispatcher incidents;
        private final List<String> labels = new ArrayList<>();
        private @Nullable EngineOptions engine;
        private @Nullable Duration runTimeout = Duration.ofMinutes(30);
        private @Nullable Duration cellTimeout;
        private String version = "unknown";
        private Clock clock = Clock.systemUTC();
        private BiConsumer<Job, String> onStart = (job, runId) -> { };

        private Builder(OutputStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The output naming (default: §6.E's). */
        public Builder naming(OutputNaming value) {
            this.naming = value;
            return this;
        }

        /** Also store a copy without code ({@code <name>.no-input.ipynb}). */
        public Builder strippedCopy(boolean value) {
            this.strippedCopy = value;
            return this;
        }

        /** Write the HTML report for every run, not only for runs with a finding. */
        public Builder reportEveryRun(boolean value) {
            this.reportEveryRun = value;
            return this;
        }

        /** Show code in reports (hidden by default, as {@code nbconvert --no-input}). */
        public Builder reportWithInput(boolean value) {
            this.reportWithInput = value;
            return this;
        }

        /** The folder, under the store, that holds a copy of each notebook with a finding (default: findings). */
        public Builder findingsFolder(String folder) {
            String trimmed = folder.strip();
            if (trimmed.isEmpty() || !trimmed.equals(SafeNames.segment(trimmed))) {
                throw new BadInputException("findings folder '" + folder + "' must be one plain folder name such as"
                        + " findings");
            }
            this.findingsFolder = trimmed;
            return this;
        }

        public Builder findingRules(FindingRules value) {
            this.rules = value;
            return this;
        }

        /** The incident sinks; none by default (then findings give reports and copies only). */
        public Builder incidents(@Nullable IncidentDispatcher dispatcher) {
            this.incidents = dispatcher;
            return this;
        }

        /** Labels added to every incident, after {@code huntbook} and the template's name. */
        public Builder labels(List<String> values) {
            this.labels.addAll(values);
            return this;
        }

        public Builder engine(EngineOptions options) {
            this.engine = options;
            return this;
        }

        /** How long a whole run may take (default 30 minutes; null for no limit). */
        public Builder runTimeout(@Nullable Duration timeout) {
            this.runTimeout = timeout;
            return this;
        }

        public Builder cellTimeout(@Nullable Duration timeout) {
            this.cellTimeout = timeout;
            return this;
        }

        /** The version written to {@code metadata.papermill.version}. */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * Told when a job's parameters are accepted and it starts (with its run id); a refused job is never told, so
         * a progress line here cannot echo a value that was refused as a secret.
         */
        public Builder onStart(BiConsumer<Job, String> listener) {
            this.onStart = listener;
            return this;
        }

        public RunPipeline build() {
            return new RunPipeline(this);
        }
    }
}
