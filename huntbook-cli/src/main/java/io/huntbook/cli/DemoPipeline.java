package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.PrepareRequest;
import io.huntbook.notebook.params.Prepared;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.notebook.report.HtmlReport;
import io.huntbook.notebook.scraps.Finding;
import io.huntbook.notebook.scraps.Scraps;
import io.huntbook.runner.OutputPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One demo run from template to incident, the way the server will do it (DESIGN.md §3): parameters checked for
 * secrets and injected, the notebook executed by the runner on the Java engine, the output written under §6.E's
 * naming template, its scraps read back, and a truthy {@code finding} turned into an HTML report beside the output
 * and a local incident.
 */
final class DemoPipeline {
    /** DESIGN.md §6.E: the server's default output name. */
    static final String NAMING = "{now:yyyy}/{now:MM}/{now:dd}/{template}-{identifier}-{run_id}.ipynb";
    /** The templates ship inside the CLI jar (copied from notebooks/ by the build). */
    private static final String TEMPLATES = "/io/huntbook/cli/templates/";

    private final Path outputDir;
    private final Path sampleFolder;
    private final Terminal terminal;
    private final LocalIncidents incidents;

    /** A template to run for one identifier, passed as the parameter {@code parameter}. */
    record Job(String template, String parameter, String identifier) {}

    /** What one run gave. */
    record Outcome(String template, String identifier, String status, int exitCode, String message,
                   @Nullable Path output, @Nullable Finding finding, @Nullable Path report,
                   @Nullable String incidentId, boolean incidentOpened) {
        ObjectNode toJson() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("template", template);
            json.put("identifier", identifier);
            json.put("status", status);
            json.put("exitCode", exitCode);
            json.put("message", message.isEmpty() ? null : message);
            json.put("output", output == null ? null : output.toString());
            json.put("finding", finding != null);
            json.put("title", finding == null ? null : finding.title());
            json.put("severity", finding == null ? null : finding.severity());
            json.put("report", report == null ? null : report.toString());
            json.put("incident", incidentId);
            json.put("incidentOpened", incidentOpened);
            return json;
        }
    }

    DemoPipeline(Path outputDir, Path sampleFolder, Terminal terminal) {
        this.outputDir = outputDir;
        this.sampleFolder = sampleFolder;
        this.terminal = terminal;
        this.incidents = new LocalIncidents(outputDir.resolve("incidents.jsonl"));
    }

    LocalIncidents incidents() {
        return incidents;
    }

    Outcome run(Job job) {
        terminal.progress("running " + job.template() + " for " + job.identifier());
        Map<String, SuppliedValue> supplied = new LinkedHashMap<>();
        supplied.put(job.parameter(), SuppliedValue.of(job.identifier()));
        supplied.put("sampleFolder", SuppliedValue.of(sampleFolder.toString()));
        String inputPath = "notebooks/" + job.template() + ".jsh";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("template", job.template());
        fields.put("identifier", safeForPaths(job.identifier()));
        fields.put("run_id", UUID.randomUUID().toString());
        Path output = outputDir.resolve(OutputPaths.expand(NAMING, fields, Instant.now()));
        Prepared prepared = NotebookParameters.prepare(template(job.template()), supplied,
                new PrepareRequest(inputPath, output.toString(), false, null, RunCommand.version()));
        // Strict, as the server is: never a secret through a parameter (DESIGN.md §6.C), no unknown parameter.
        if (!prepared.warnings().isEmpty()) {
            throw new BadInputException(job.template() + ": " + prepared.warnings().get(0));
        }
        RunOptions options = new RunOptions();
        options.progressBar = false;
        options.runTimeout = 600;
        int exit;
        try {
            Files.createDirectories(output.getParent());
            exit = NotebookExecution.execute(prepared.notebook(), inputPath, output.toString(), options, null, terminal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + output.getParent() + ": " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(output)) {
            return new Outcome(job.template(), job.identifier(), "failed", exit, "no output notebook was written",
                    null, null, null, null, false);
        }
        Notebook result = Notebooks.read(output);
        String status = exit == ExitCodes.OK ? "succeeded" : exit == ExitCodes.DEAD_KERNEL ? "died" : "failed";
        String message = exit == ExitCodes.OK ? "" : "the run " + status + "; see " + output;
        Finding finding = exit == ExitCodes.OK ? Finding.of(Scraps.read(result)).orElse(null) : null;
        if (finding == null) {
            return new Outcome(job.template(), job.identifier(), status, exit, message, output, null, null, null,
                    false);
        }
        Path report = sibling(output, ".html");
        HtmlReport.builder().build().write(result, output.getFileName().toString(), report);
        LocalIncidents.Recorded incident = incidents.record(job.template(), job.identifier(), finding, output, report);
        return new Outcome(job.template(), job.identifier(), status, exit, message, output, finding, report,
                incident.id(), incident.opened());
    }

    /** An identifier as one path segment: anything but letters, digits, dot, dash and underscore becomes '_'. */
    static String safeForPaths(String identifier) {
        String safe = identifier.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }

    private static Notebook template(String name) {
        String resource = TEMPLATES + name + ".jsh";
        try (InputStream in = DemoPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the template " + name + " is missing from this build (" + resource
                        + "); rebuild with ./mvnw -pl huntbook-cli -am package");
            }
            return NotebookFiles.read(in.readAllBytes(), NotebookFormat.JSH, "notebooks/" + name + ".jsh");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + resource + ": " + e.getMessage(), e);
        }
    }
}
