package io.huntbook.cli;

import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.server.incident.IncidentDatabase;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.incident.IncidentSink;
import io.huntbook.server.incident.LocalIncidentStore;
import io.huntbook.server.output.OutputStore;
import io.huntbook.server.output.RunPipeline;
import io.huntbook.server.output.RunRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The demo's wiring of the server's {@link RunPipeline}: outputs in the demo folder under §6.E's dated names, the
 * ledger (H2) in the same folder with the local incident store as the one sink, and the templates shipped inside
 * the CLI jar. Everything else (strict parameters, the engine, reports, findings, deduplication) is the server's.
 */
final class DemoPipeline {
    /** The templates ship inside the CLI jar (copied from notebooks/ by the build). */
    private static final String TEMPLATES = "/io/huntbook/cli/templates/";

    private final Path outputDir;
    private final Path sampleFolder;
    private final RunPipeline pipeline;
    private final LocalIncidentStore incidents;

    /** A template to run for one identifier, passed as the parameter {@code parameter}. */
    record Job(String template, String parameter, String identifier) {}

    DemoPipeline(Path outputDir, Path sampleFolder, Terminal terminal) {
        this(outputDir, sampleFolder, terminal, ledger -> List.of());
    }

    /** With {@code moreSinks} (made over the demo's ledger) after the local store. */
    DemoPipeline(Path outputDir, Path sampleFolder, Terminal terminal,
                 Function<DataSource, List<IncidentSink>> moreSinks) {
        this.outputDir = outputDir;
        this.sampleFolder = sampleFolder;
        DataSource ledger = IncidentDatabase.h2(outputDir);
        IncidentDatabase.migrate(ledger);
        this.incidents = LocalIncidentStore.of(ledger, LocalIncidentStore.DEFAULT_WINDOW, Clock.systemUTC());
        this.pipeline = RunPipeline.builder(OutputStore.local(outputDir))
                .incidents(IncidentDispatcher.of(sinks(incidents, moreSinks.apply(ledger)), ledger, Clock.systemUTC()))
                .runTimeout(Duration.ofMinutes(10))
                .version(RunCommand.version())
                .onStart((job, runId) -> terminal.progress("running " + job.template() + " for " + job.identifier()))
                .build();
    }

    private static List<IncidentSink> sinks(LocalIncidentStore local, List<IncidentSink> more) {
        List<IncidentSink> all = new ArrayList<>(List.of(local));
        more.stream().filter(s -> !s.name().equals(LocalIncidentStore.NAME)).forEach(all::add);
        return all;
    }

    LocalIncidentStore incidents() {
        return incidents;
    }

    /** Where the ledger is, as {@code huntbook incidents list --ledger} takes it. */
    Path ledgerFolder() {
        return outputDir;
    }

    /** Runs one job; a notebook that fails gives a record saying so. */
    RunRecord run(Job job) {
        Map<String, SuppliedValue> supplied = new LinkedHashMap<>();
        supplied.put(job.parameter(), SuppliedValue.of(job.identifier()));
        supplied.put("sampleFolder", SuppliedValue.of(sampleFolder.toString()));
        return pipeline.run(new RunPipeline.Job(job.template(), template(job.template()),
                "notebooks/" + job.template() + ".jsh", job.identifier(), supplied));
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
