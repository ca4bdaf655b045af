package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code secret(name)} in a notebook: resolved from the configuration's secret reference when a cell asks, and never
 * in anything the run writes (output notebook, --log-output, --stdout-file, --stderr-file, the HTML report), however
 * the cell leaks it.
 */
class RunCommand_SecretRedactionTest {
    private static final String CANARY = "Canary-7Hq2ZpX9vWm4";

    @TempDir
    Path dir;

    @Test
    void aRevealedSecretIsInNoFileTheRunWrites() throws IOException {
        Files.writeString(dir.resolve("otx.key"), CANARY + "\n");
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, """
                TIProviders:
                  OTX:
                    Provider: OTX
                    Args:
                      AuthKey:
                        File: otx.key
                """);
        Path notebook = dir.resolve("leaky.jsh");
        Files.writeString(notebook, """
                // %%
                var key = secret("TIProviders.OTX.Args.AuthKey");
                System.out.println("key=" + key);
                System.err.println("on stderr " + key);
                display(Map.of("key", key));
                html("<i>" + key + "</i>");
                glue("leak", key);
                key.length()

                // %%
                String again = secret("TIProviders.OTX.Args.AuthKey");
                for (char c : again.toCharArray()) { System.out.print(c); System.out.flush(); }
                System.out.println();
                again

                // %%
                throw new IllegalStateException("rejected key " + secret("TIProviders.OTX.Args.AuthKey"));
                """);
        Path out = dir.resolve("out.ipynb");
        CliRun run = CliRun.of("--config", config.toString(), "run", notebook.toString(), out.toString(),
                "--log-output", "--stdout-file", dir.resolve("stdout.txt").toString(),
                "--stderr-file", dir.resolve("stderr.txt").toString(), "--no-progress-bar");
        CliRun report = CliRun.of("html", out.toString(), "-o", dir.resolve("report.html").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(report.exitCode()).as(report.err()).isZero();
        String notebookText = Files.readString(out);
        // The cells did get the value (its length, the exception), and what they showed of it is masked.
        assertThat(notebookText).contains("\"" + CANARY.length() + "\"").contains("key=********")
                .contains("on stderr ********").contains("rejected key ********").contains("<i>********</i>");
        assertThat(Files.readString(dir.resolve("stdout.txt"))).contains("********");
        assertThat(run.err()).contains("rejected key ********");
        List<Path> written;
        try (Stream<Path> files = Files.list(dir)) {
            written = files.filter(f -> !f.getFileName().toString().equals("otx.key")).toList();
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : written) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(file.toString())
                    .doesNotContain(CANARY);
        }
        assertThat(run.out() + run.err() + report.out() + report.err()).doesNotContain(CANARY);
    }

    @Test
    void aBareNameIsReadFromHuntbookSecrets() throws IOException {
        Files.writeString(dir.resolve("pg.txt"), CANARY);
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, "Huntbook:\n  Secrets:\n    pg: {File: pg.txt}\n");
        Path notebook = dir.resolve("pg.jsh");
        Files.writeString(notebook, "// %%\nString pg = hb.secret(\"pg\");\nSystem.out.println(pg);\npg.length()\n");
        Path out = dir.resolve("out.ipynb");
        CliRun run = CliRun.of("--config", config.toString(), "run", notebook.toString(), out.toString(),
                "--no-progress-bar");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("\"" + CANARY.length() + "\"").contains("********")
                .doesNotContain(CANARY);
    }

    @Test
    void anUnknownSecretSaysWhichKeyPathToGive() throws IOException {
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, "TIProviders: {}\n");
        Path notebook = dir.resolve("missing.jsh");
        Files.writeString(notebook, "// %%\nsecret(\"TIProviders.VT.Args.AuthKey\")\n");
        Path out = dir.resolve("out.ipynb");
        CliRun run = CliRun.of("--config", config.toString(), "run", notebook.toString(), out.toString(),
                "--no-progress-bar");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("SecretUnavailableException")
                .contains("no secret named 'TIProviders.VT.Args.AuthKey'");
    }
}
