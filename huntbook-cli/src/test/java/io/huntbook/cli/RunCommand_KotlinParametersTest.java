package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommand_KotlinParametersTest {
    private static final String KOTLIN_NOTEBOOK = """
            {"cells": [
              {"cell_type": "code", "id": "p1", "metadata": {"tags": ["parameters"]}, "outputs": [],
               "execution_count": null,
               "source": "val days: Int = 2 // look-back\\nval end: Instant = Instant.now()\\nval who = \\"analyst\\"\\n"},
              {"cell_type": "code", "id": "c1", "metadata": {}, "outputs": [], "execution_count": null,
               "source": "println(days)"}
            ],
             "metadata": {"kernelspec": {"name": "kotlin", "display_name": "Kotlin", "language": "kotlin"}},
             "nbformat": 4, "nbformat_minor": 5}
            """;

    @TempDir
    Path dir;

    private Path notebook(String text) throws Exception {
        Path nb = dir.resolve("template.ipynb");
        Files.writeString(nb, text);
        return nb;
    }

    @Test
    void kotlinNotebookGetsTypedDeclarationsWithEscapedStrings() throws Exception {
        Path out = dir.resolve("out/prepared.ipynb");
        CliRun run = CliRun.of("run", notebook(KOTLIN_NOTEBOOK).toString(), out.toString(), "--prepare-only",
                "-r", "days", "7", "-p", "end", "2024-01-02", "-r", "who", "${System.exit(1)}\"");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Notebook nb = Notebooks.read(out);
        assertThat(nb.cell(1).tags()).containsExactly("injected-parameters");
        assertThat(nb.cell(1).source()).isEqualTo("""
                // Parameters
                val end: Instant = Instant.parse("2024-01-02T00:00:00Z")
                val days: Int = 7
                val who: String = "\\${System.exit(1)}\\""
                """);
    }

    @Test
    void aKotlinValueOfTheWrongTypeIsRefusedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("prepared.ipynb");
        CliRun run = CliRun.of("run", notebook(KOTLIN_NOTEBOOK).toString(), out.toString(), "--prepare-only",
                "-r", "days", "a week");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(
                "huntbook: parameter 'days' is declared Int but got \"a week\": it is not a whole number");
        assertThat(out).doesNotExist();
    }

    @Test
    void strictRefusesAParameterTheKotlinCellDoesNotDeclare() throws Exception {
        Path out = dir.resolve("prepared.ipynb");
        CliRun run = CliRun.of("run", notebook(KOTLIN_NOTEBOOK).toString(), out.toString(), "--prepare-only",
                "--strict", "-p", "dayz", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("passed unknown parameter 'dayz'");
        assertThat(out).doesNotExist();
    }

    @Test
    void paramsListsKotlinDeclarationsWithInferredTypes() throws Exception {
        CliRun run = CliRun.of("params", notebook(KOTLIN_NOTEBOOK).toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(rows.get(0).toString())
                .isEqualTo("{\"name\":\"days\",\"type\":\"Int\",\"default\":\"2\",\"help\":\"look-back\"}");
        assertThat(rows.get(2).toString())
                .isEqualTo("{\"name\":\"who\",\"type\":\"String\",\"default\":\"\\\"analyst\\\"\",\"help\":null}");
    }

    @Test
    void scalaNotebookGetsTypedDeclarations() throws Exception {
        String scala = KOTLIN_NOTEBOOK.replace("\"kotlin\"", "\"scala\"").replace("Kotlin", "Scala")
                .replace("val days: Int = 2", "val hosts: List[String] = List()");
        Path out = dir.resolve("scala.ipynb");
        CliRun run = CliRun.of("run", notebook(scala).toString(), out.toString(), "--prepare-only",
                "-r", "hosts", "web01, db02", "-p", "who", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Notebooks.read(out).cell(1).source()).isEqualTo("""
                // Parameters
                val who: String = "7"
                val hosts: List[String] = List("web01", "db02")
                """);
    }
}
