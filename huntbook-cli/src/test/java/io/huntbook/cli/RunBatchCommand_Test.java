package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huntbook run-batch}: job files validated up front, run through the warm pool, a summary per job. */
class RunBatchCommand_Test {
    private static final String TEMPLATE = """
            // %% tags=["parameters"]
            String host = "none";
            int count = 1;

            // %%
            var greeting = "host=" + host + " count=" + (count * 2);
            System.out.println(greeting);
            """;

    @TempDir
    Path dir;

    private Path template() throws IOException {
        Path notebooks = Files.createDirectories(dir.resolve("notebooks"));
        Files.writeString(notebooks.resolve("hello.jsh"), TEMPLATE);
        return notebooks;
    }

    private static List<Path> outputs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    private static String text(Notebook notebook) {
        StringBuilder text = new StringBuilder();
        notebook.cells().stream().filter(CodeCell.class::isInstance)
                .forEach(c -> ((CodeCell) c).outputs().forEach(text::append));
        return text.toString();
    }

    @Test
    void aFolderOfJobsRunsTwoAtATimeWithOneOutputEachAndASummary() throws IOException {
        Path notebooks = template();
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(jobs.resolve("job-" + i + ".yaml"),
                    "template: hello\nidentifier: host-" + i + "\nparameters:\n  host: web0" + i + "\n  count: " + i
                            + "\n");
        }
        // The BlueTeamCon shape, in JSON: the identifier is the value of the parameter it names.
        Files.writeString(jobs.resolve("legacy.json"),
                "{\"exec\": {\"notebook\": \"../notebooks/hello.jsh\", \"identifier\": \"host\"},"
                        + " \"papermill\": {\"host\": \"db01\", \"count\": 21}}");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run-batch", jobs.toString(), "--parallel", "2", "--output-dir", out.toString(),
                "--templates", notebooks.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary).hasSize(6);
        List<String> statuses = new ArrayList<>();
        for (JsonNode row : summary) {
            assertThat(row.fieldNames()).toIterable().containsExactly("job", "status", "duration", "output");
            statuses.add(row.get("status").asText());
            assertThat(row.get("duration").asDouble()).isPositive();
            assertThat(Path.of(row.get("output").asText())).isRegularFile();
        }
        assertThat(statuses).containsOnly("succeeded");
        List<Path> written = outputs(out);
        assertThat(written).hasSize(6);
        assertThat(written).anySatisfy(p -> assertThat(p.getFileName().toString())
                .matches("hello-host-3-[0-9a-f-]{36}\\.ipynb"));
        Path legacy = written.stream().filter(p -> p.getFileName().toString().startsWith("hello-db01-")).findFirst()
                .orElseThrow();
        assertThat(text(Notebooks.read(legacy))).contains("host=db01 count=42");
        assertThat(run.err()).contains("[6/6]");
    }

    @Test
    void oneBadJobIsRefusedUpFrontNamingItsFileAndNothingRuns() throws IOException {
        Path notebooks = template();
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("a-good.yaml"), "template: hello\nparameters: {host: a}\n");
        Files.writeString(jobs.resolve("b-bad.yaml"), "template: hello\nparameters: {count: lots}\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run-batch", jobs.toString(), "--output-dir", out.toString(), "--templates",
                notebooks.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("b-bad.yaml").contains("count");
        assertThat(outputs(out)).isEmpty();
    }

    @Test
    void unknownFieldsAndMissingTemplatesAreOneLineErrors() throws IOException {
        Path notebooks = template();
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "template: hello\nparams: {host: a}\n");
        CliRun unknown = CliRun.of("run-batch", typo.toString(), "--templates", notebooks.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("typo.yaml").contains("unknown field 'params'");

        Path missing = dir.resolve("missing.yaml");
        Files.writeString(missing, "template: nothing-here\n");
        CliRun absent = CliRun.of("run-batch", missing.toString(), "--templates", notebooks.toString());
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).contains("missing.yaml").contains("no template 'nothing-here'");

        Files.writeString(notebooks.resolve("needs-lib.jsh"), "// %%\n%maven guava\nint x = 1;\n");
        Path maven = dir.resolve("maven.yaml");
        Files.writeString(maven, "template: needs-lib\n");
        CliRun unresolvable = CliRun.of("run-batch", maven.toString(), "--templates", notebooks.toString());
        assertThat(unresolvable.exitCode()).isEqualTo(2);
        assertThat(unresolvable.err()).contains("maven.yaml").contains("group:artifact:version");

        Path escape = dir.resolve("escape.yaml");
        Files.writeString(escape, "template: hello\noutput: ../../x.ipynb\n");
        CliRun outside = CliRun.of("run-batch", escape.toString(), "--templates", notebooks.toString(),
                "--output-dir", dir.resolve("out").toString());
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("escape.yaml").contains("leaves the output folder");
    }

    @Test
    void aFailingJobIsMarkedAndTheBatchExitsOneWithEveryOtherOutputWritten() throws IOException {
        Path notebooks = template();
        Files.writeString(notebooks.resolve("boom.jsh"), "// %%\nthrow new IllegalStateException(\"boom\");\n");
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("1.yaml"), "template: hello\nidempotencyKey: alert-7\n");
        Files.writeString(jobs.resolve("2.yaml"), "template: boom\noutput: \"{template}.ipynb\"\n");
        Files.writeString(jobs.resolve("3.yaml"), "template: hello\nidempotencyKey: alert-7\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run-batch", jobs.toString(), "--output-dir", out.toString(), "--templates",
                notebooks.toString(), "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList()).hasSize(4).first().isEqualTo("job,status,duration,output");
        assertThat(run.out()).contains("2.yaml,failed,").contains("3.yaml,skipped,");
        assertThat(out.resolve("boom.ipynb")).isRegularFile();
        assertThat(outputs(out)).hasSize(2);
        assertThat(run.err()).contains("1 of 3 jobs did not succeed").contains("same idempotencyKey as");
    }
}
