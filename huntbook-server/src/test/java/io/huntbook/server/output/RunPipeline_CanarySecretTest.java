package io.huntbook.server.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.server.incident.IncidentDatabase;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.incident.LocalIncidentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over the pipeline's files: a canary secret offered as a parameter or as the identifier is refused
 * (DESIGN.md §6.C), and after a real run with a finding, report and incident, the canary is in no file the pipeline
 * wrote (outputs, copies, report, findings folder, ledger), nor in a refusal's message.
 */
class RunPipeline_CanarySecretTest {
    private static final String CANARY = "AKIAZZZZCANARY000042";

    @TempDir
    Path root;

    @Test
    void aCanaryIsRefusedAndAppearsInNoFileTheRunsWrote() {
        Path out = root.resolve("out");
        DataSource ledger = IncidentDatabase.h2(root.resolve("ledger"));
        IncidentDatabase.migrate(ledger);
        RunPipeline pipeline = RunPipeline.builder(OutputStore.local(out))
                .engine(Pipelines.engine())
                .strippedCopy(true)
                .incidents(IncidentDispatcher.of(List.of(LocalIncidentStore.of(ledger, Duration.ofDays(1),
                        Clock.systemUTC())), ledger, Clock.systemUTC()))
                .build();
        var template = Pipelines.jsh(Pipelines.IP_CHECK);

        assertThatThrownBy(() -> pipeline.run(new RunPipeline.Job("ip-check", template, "notebooks/ip-check.jsh",
                "203.0.113.66", Map.of("ipAddress", SuppliedValue.of(CANARY)))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("looks like a secret")
                .hasMessageNotContaining(CANARY);
        assertThatThrownBy(() -> pipeline.run(Pipelines.job("ip-check", template, "203." + CANARY, "ipAddress")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("identifier looks like a secret")
                .hasMessageNotContaining(CANARY);
        assertThat(out).doesNotExist();

        RunRecord run = pipeline.run(Pipelines.job("ip-check", template, "203.0.113.66", "ipAddress"));
        assertThat(run.finding()).as(run.message()).isNotNull();
        assertThat(run.localIncident()).isPresent();
        assertNoFileHolds(root, CANARY);
    }

    private static void assertNoFileHolds(Path folder, String canary) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).as("the run wrote files").isNotEmpty();
            for (Path file : all) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(canary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
