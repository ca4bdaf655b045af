package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommand_Test {
    static final String INVALID = """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
              {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": "hi"},
              {"cell_type": "code", "id": "run", "metadata": {}, "source": "", "execution_count": null,
               "outputs": [{"output_type": "stream", "text": "x"}, {"output_type": "stream", "name": 1, "text": ""}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aValidNotebookExitsZeroAndSaysWhichSchema() throws Exception {
        Path file = dir.resolve("ok.ipynb");
        Notebooks.write(Notebook.java(List.of(Cell.code("int x = 1;"))), file);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid nbformat 4.5 notebook\n");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("validate", file.toString(), "--json").out());
        assertThat(json.path("valid").booleanValue()).isTrue();
        assertThat(json.path("schema").textValue()).isEqualTo("nbformat 4.5");
    }

    @Test
    void anInvalidNotebookNamesFileCellAndFieldOnOneLineAndExitsTwo() throws Exception {
        Path file = dir.resolve("bad.ipynb");
        Files.writeString(file, INVALID);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1)
                .isEqualTo("huntbook: " + file + ": cell 1 (id \"run\"), field outputs[0].name: missing (the nbformat"
                        + " 4.5 schema requires it) (and 1 more problem; `huntbook validate --json` lists them)");
        assertThat(run.out()).contains("outputs[0].name").contains("outputs[1].name");

        JsonNode json = new ObjectMapper().readTree(CliRun.of("--json", "validate", file.toString()).out());
        assertThat(json.path("valid").booleanValue()).isFalse();
        assertThat(json.path("problems")).hasSize(2);
        assertThat(json.path("problems").get(1).path("cell").intValue()).isEqualTo(1);
        assertThat(json.path("problems").get(1).path("id").textValue()).isEqualTo("run");
        assertThat(json.path("problems").get(1).path("field").textValue()).isEqualTo("outputs[1].name");
    }

    @Test
    void malformedJsonAndOtherMajorVersionsAreBadInput() throws Exception {
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, "{\"nbformat\": 4,");
        CliRun run = CliRun.of("validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1).startsWith("huntbook: " + broken + ": not valid JSON");

        Path v3 = dir.resolve("v3.ipynb");
        Files.writeString(v3, "{\"nbformat\": 3, \"nbformat_minor\": 0, \"metadata\": {}, \"worksheets\": []}");
        CliRun old = CliRun.of("validate", v3.toString());
        assertThat(old.exitCode()).isEqualTo(2);
        assertThat(old.err()).contains(v3 + ": field nbformat: nbformat 3 is not supported");
    }

    @Test
    void standardInputIsReadWithDash() {
        CliRun run = StdinRun.of("// %%\nint x = 1;\n", "validate", "-", "--from", "jsh");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("-: valid nbformat 4.5 notebook\n");
        CliRun bad = StdinRun.of(INVALID, "validate", "-");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("huntbook: -: cell 1 (id \"run\")");
        CliRun unknown = StdinRun.of("int x;", "validate", "-");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("give --from ipynb|jsh|java|py");
    }
}
