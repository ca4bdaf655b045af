package io.huntbook.server.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.server.incident.IncidentDatabase;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.incident.LocalIncidentStore;
import io.huntbook.server.incident.SinkOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real runs on the Java engine through the whole pipeline: names, copies, report, findings folder, incidents. */
class RunPipeline_FindingsTest {
    @TempDir
    Path root;

    @Test
    void aFindingGivesAReportACopyAndOneIncidentThatRepeatsComment() throws Exception {
        DataSource ledger = IncidentDatabase.h2(root.resolve("ledger"));
        IncidentDatabase.migrate(ledger);
        LocalIncidentStore store = LocalIncidentStore.of(ledger, Duration.ofDays(1), Clock.systemUTC());
        RunPipeline pipeline = RunPipeline.builder(OutputStore.local(root.resolve("out")))
                .strippedCopy(true)
                .engine(Pipelines.engine())
                .incidents(IncidentDispatcher.of(List.of(store), ledger, Clock.systemUTC()))
                .build();
        var template = Pipelines.jsh(Pipelines.IP_CHECK);

        RunRecord bad = pipeline.run(Pipelines.job("ip-check", template, "203.0.113.66", "ipAddress"));
        RunRecord good = pipeline.run(Pipelines.job("ip-check", template, "198.51.100.1", "ipAddress"));
        RunRecord again = pipeline.run(Pipelines.job("ip-check", template, "203.0.113.66", "ipAddress"));

        assertThat(bad.status()).as(bad.message()).isEqualTo("succeeded");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path day = root.resolve("out").resolve(String.format("%04d/%02d/%02d", today.getYear(),
                today.getMonthValue(), today.getDayOfMonth()));
        Path output = Path.of(bad.output());
        assertThat(output.getParent()).isEqualTo(day);
        assertThat(output.getFileName().toString()).isEqualTo("ip-check-203.0.113.66-" + bad.runId() + ".ipynb");
        assertThat(bad.finding()).isNotNull();
        assertThat(bad.finding().title()).isEqualTo("Malicious IP 203.0.113.66");
        assertThat(Files.readString(Path.of(bad.report()))).contains("checked 203.0.113.66");
        assertThat(Path.of(bad.findingCopy())).isEqualTo(root.resolve("out/findings").resolve(bad.outputName()))
                .hasSameBinaryContentAs(output);
        Notebook stripped = Notebooks.read(Path.of(bad.strippedCopy()));
        assertThat(stripped.cells()).filteredOn(c -> c instanceof CodeCell)
                .allSatisfy(c -> assertThat(((CodeCell) c).source()).isEmpty());
        assertThat(Files.readString(Path.of(bad.strippedCopy()))).contains("checked 203.0.113.66");

        assertThat(good.finding()).isNull();
        assertThat(good.report()).isNull();
        assertThat(good.findingCopy()).isNull();
        assertThat(good.incidents()).isEmpty();

        assertThat(bad.incidents()).singleElement().extracting(SinkOutcome::action)
                .isEqualTo(SinkOutcome.Action.OPENED);
        assertThat(again.incidents()).singleElement().satisfies(o -> {
            assertThat(o.action()).isEqualTo(SinkOutcome.Action.COMMENTED);
            assertThat(o.incidentId()).isEqualTo(bad.localIncident().orElseThrow());
        });
        var incident = store.get(bad.localIncident().orElseThrow()).orElseThrow();
        assertThat(incident.title()).isEqualTo("Malicious IP 203.0.113.66");
        assertThat(incident.severity()).isEqualTo("high");
        assertThat(incident.report()).isEqualTo(bad.report().toString());
        assertThat(incident.occurrences()).isEqualTo(2);
        try (Stream<Path> reports = Files.walk(root.resolve("out"))) {
            assertThat(reports.filter(p -> p.toString().endsWith(".html"))).hasSize(2);
        }
    }
}
