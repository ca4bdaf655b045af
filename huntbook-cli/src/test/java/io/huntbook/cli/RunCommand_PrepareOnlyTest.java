package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommand_PrepareOnlyTest {
    private static final String JAVA_NOTEBOOK = """
            {"cells": [
              {"cell_type": "code", "id": "p1", "metadata": {"tags": ["parameters"]}, "outputs": [],
               "execution_count": null,
               "source": "int days = 2; // look-back\\nInstant end = Instant.now();\\nString apiToken = \\"\\";\\n"},
              {"cell_type": "code", "id": "c1", "metadata": {}, "outputs": [], "execution_count": null,
               "source": "display(days);"}
            ],
             "metadata": {"kernelspec": {"name": "huntbook", "display_name": "Java (Huntbook)", "language": "java"},
                          "language_info": {"name": "java"}},
             "nbformat": 4, "nbformat_minor": 5}
            """;

    @TempDir
    Path dir;

    private Path notebook() throws Exception {
        Path nb = dir.resolve("template.ipynb");
        Files.writeString(nb, JAVA_NOTEBOOK);
        return nb;
    }

    @Test
    void javaNotebookGetsTypedDeclarations() throws Exception {
        Path out = dir.resolve("out/prepared.ipynb");
        CliRun run = CliRun.of("run", notebook().toString(), out.toString(), "--prepare-only", "-r", "days", "7",
                "-p", "end", "2024-01-02T00:00:00Z", "--no-progress-bar", "--start_timeout", "5", "--log-output",
                "--execution-timeout", "60", "--autosave-cell-every", "10", "--log-level", "DEBUG",
                "--request-save-on-cell-execute", "--inject-paths", "--cwd", dir.toString(), "-k", "huntbook");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Notebook nb = Notebooks.read(out);
        assertThat(nb.cell(1).source()).startsWith("// Parameters\nString PAPERMILL_INPUT_PATH = ")
                .endsWith("Instant end = Instant.parse(\"2024-01-02T00:00:00Z\");\nint days = 7;\n");
    }

    @Test
    void helpListsEveryPapermillOption() {
        CliRun run = CliRun.of("run", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--parameters", "--parameters_raw", "--parameters_file", "--parameters_yaml",
                "--parameters_base64", "--inject-input-path", "--inject-output-path", "--inject-paths", "--prepare-only",
                "--kernel", "--language", "--cwd", "--[no-]report-mode", "--[no-]log-output", "--[no-]progress-bar",
                "--[no-]request-save-on-cell-execute", "--autosave-cell-every", "--start-timeout", "--start_timeout",
                "--execution-timeout", "--log-level", "--strict", "--help-notebook", "-p, --parameters=NAME VALUE");
    }

    @Test
    void aJavaTextNotebookIsATemplateToo() throws Exception {
        Path jsh = dir.resolve("template.jsh");
        Files.writeString(jsh, "// %% tags=[\"parameters\"]\nint days = 2;\n\n// %%\ndisplay(days);\n");
        Path out = dir.resolve("prepared.ipynb");
        CliRun run = CliRun.of("run", jsh.toString(), out.toString(), "--prepare-only", "-r", "days", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Notebook nb = Notebooks.read(out);
        assertThat(nb.cell(1).tags()).containsExactly("injected-parameters");
        assertThat(nb.cell(1).source()).isEqualTo("// Parameters\nint days = 5;\n");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("prepared.ipynb");
        CliRun run = CliRun.of("run", notebook().toString(), out.toString(), "--prepare-only", "-p", "days", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(
                "huntbook: parameter 'days' is declared int but got \"soon\": it is not a whole number");
        assertThat(out).doesNotExist();
    }

    @Test
    void strictRefusesUnknownParametersAndSecretsWhileTheDefaultWarns() throws Exception {
        Path out = dir.resolve("prepared.ipynb");
        CliRun strict = CliRun.of("run", notebook().toString(), out.toString(), "--prepare-only", "--strict",
                "-p", "dayz", "3");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("passed unknown parameter 'dayz'", "--strict");
        assertThat(out).doesNotExist();

        CliRun warned = CliRun.of("run", notebook().toString(), out.toString(), "--prepare-only",
                "-p", "apiToken", "s3cr3t-value");
        assertThat(warned.exitCode()).isZero();
        assertThat(warned.err()).contains("warning: parameter 'apiToken' looks like a secret").doesNotContain("s3cr3t");
        assertThat(Files.readString(out)).contains("apiToken");
    }

    @Test
    void withoutPrepareOnlyTheNotebookIsAlsoExecuted() throws Exception {
        Path out = dir.resolve("ran.ipynb");
        CliRun run = CliRun.of("run", notebook().toString(), out.toString(), "-p", "days", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("\"status\": \"completed\"").contains("\"language_info\"");
    }

    @Test
    void badYamlAndUnknownLanguageAreOneLineErrors() throws Exception {
        Path out = dir.resolve("o.ipynb");
        CliRun list = CliRun.of("run", notebook().toString(), out.toString(), "--prepare-only", "-y", "[1, 2]");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err().strip()).isEqualTo(
                "huntbook: -y value holds a list, not a mapping of parameters: write it as 'name: value' lines");
        CliRun language = CliRun.of("run", notebook().toString(), out.toString(), "--prepare-only", "-l", "cobol",
                "-p", "x", "1");
        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("no parameter translator for language 'cobol'");
        CliRun missing = CliRun.of("run", dir.resolve("nope.ipynb").toString(), out.toString(), "--prepare-only");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void paramsListsJavaDeclarationsAsJson() throws Exception {
        CliRun run = CliRun.of("params", notebook().toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(rows.get(0).toString())
                .isEqualTo("{\"name\":\"days\",\"type\":\"int\",\"default\":\"2\",\"help\":\"look-back\"}");
        assertThat(rows.get(1).toString())
                .isEqualTo("{\"name\":\"end\",\"type\":\"Instant\",\"default\":\"Instant.now()\",\"help\":null}");
    }
}
