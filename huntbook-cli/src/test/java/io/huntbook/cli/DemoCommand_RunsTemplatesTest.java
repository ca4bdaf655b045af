package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.data.sample.Story;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huntbook demo} into an empty data folder: it generates the sample, runs ip-context (malicious and benign IP)
 * and alert-triage through the engine, and leaves dated notebooks, a report and an incident per finding.
 */
class DemoCommand_RunsTemplatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void aFreshDataFolderGivesFindingsIncidentsAndDatedNotebooks() throws Exception {
        String previous = System.getProperty("huntbook.home");
        System.setProperty("huntbook.home", home.toString());
        CliRun run;
        try {
            run = CliRun.of("demo", "--alerts", "1", "--events", "1000", "--format", "json");
        } finally {
            if (previous == null) {
                System.clearProperty("huntbook.home");
            } else {
                System.setProperty("huntbook.home", previous);
            }
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.fieldNames()).toIterable().containsExactly("runs", "findings", "incidents", "outputDir");
        Path outputDir = Path.of(result.get("outputDir").asText());
        assertThat(outputDir).isEqualTo(home.resolve("demo"));
        assertThat(result.get("findings").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("incidents").asInt()).isGreaterThanOrEqualTo(1);

        List<JsonNode> runs = new ArrayList<>();
        result.get("runs").forEach(runs::add);
        assertThat(runs).hasSize(3);
        JsonNode malicious = runs.get(0);
        assertThat(malicious.get("template").asText()).isEqualTo("ip-context");
        assertThat(malicious.get("identifier").asText()).isEqualTo(Story.ATTACKER_IP);
        assertThat(malicious.get("finding").asBoolean()).isTrue();
        assertThat(malicious.get("severity").asText()).isNotBlank();
        assertThat(Path.of(malicious.get("report").asText())).isRegularFile();
        assertThat(Files.readString(Path.of(malicious.get("report").asText()))).contains(Story.ATTACKER_IP);
        // its timeline, drawn by the report from the chart description (issue 18)
        assertThat(Files.readString(Path.of(malicious.get("report").asText()))).contains("<div class=\"huntbook-chart\"")
                .contains("\"title\":\"Activity of " + Story.ATTACKER_IP + "\"");
        JsonNode benign = runs.get(1);
        assertThat(benign.get("template").asText()).isEqualTo("ip-context");
        assertThat(benign.get("finding").asBoolean()).isFalse();
        assertThat(benign.get("report").isNull()).isTrue();
        assertThat(runs.get(2).get("template").asText()).isEqualTo("alert-triage");

        // §6.E naming: yyyy/MM/dd/{template}-{identifier}-{run_id}.ipynb, and every output parses.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path day = outputDir.resolve(String.format("%04d/%02d/%02d", today.getYear(), today.getMonthValue(),
                today.getDayOfMonth()));
        for (JsonNode r : runs) {
            assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("succeeded");
            Path output = Path.of(r.get("output").asText());
            assertThat(output.getParent()).isEqualTo(day);
            assertThat(output.getFileName().toString())
                    .matches(r.get("template").asText() + "-[A-Za-z0-9._-]+-[0-9a-f-]{36}\\.ipynb");
            Notebook notebook = Notebooks.read(output);
            assertThat(notebook.cells()).isNotEmpty();
            List<String> scraps = io.huntbook.notebook.scraps.Scraps.read(notebook).scraps().stream()
                    .map(io.huntbook.notebook.scraps.Scrap::name).toList();
            if (r.get("template").asText().equals("ip-context")) {
                assertThat(scraps).contains("finding", "location", "activity");
            } else {
                assertThat(scraps).contains("finding", "verdict", "entities", "indicators");
            }
        }
        try (Stream<Path> files = Files.list(day)) {
            assertThat(files.filter(p -> p.toString().endsWith(".ipynb")).count()).isEqualTo(3);
        }

        // Each finding: an HTML report and a copy in the findings folder under the same dated name.
        for (JsonNode r : runs) {
            if (r.get("finding").asBoolean()) {
                assertThat(Path.of(r.get("report").asText())).isRegularFile();
                Path copy = Path.of(r.get("findingCopy").asText());
                assertThat(copy).isRegularFile().hasSameBinaryContentAs(Path.of(r.get("output").asText()));
                assertThat(outputDir.relativize(copy).toString()).startsWith("findings/");
            }
        }

        // The local incidents are in the demo's ledger, listed by `huntbook incidents list`.
        CliRun list = CliRun.of("incidents", "list", "--ledger", outputDir.toString(), "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode incidents = JSON.readTree(list.out());
        assertThat(incidents).hasSize(result.get("incidents").asInt());
        JsonNode incident = null;
        for (JsonNode i : incidents) {
            if (i.get("id").asText().equals(malicious.get("incident").asText())) {
                incident = i;
            }
        }
        assertThat(incident).as(incidents.toString()).isNotNull();
        assertThat(incident.get("template").asText()).isEqualTo("ip-context");
        assertThat(incident.get("identifier").asText()).isEqualTo(Story.ATTACKER_IP);
        assertThat(incident.get("status").asText()).isEqualTo("New");
        assertThat(Path.of(java.net.URI.create(incident.get("report").asText())).toString())
                .isEqualTo(malicious.get("report").asText());
    }
}
