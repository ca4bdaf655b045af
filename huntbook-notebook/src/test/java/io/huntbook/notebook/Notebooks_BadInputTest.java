package io.huntbook.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Notebooks_BadInputTest {
    @TempDir
    Path dir;

    @Test
    void malformedJsonNamesTheFileAndThePlace() throws Exception {
        Path file = dir.resolve("broken.ipynb");
        Files.writeString(file, "{\n \"nbformat\": 4,\n \"cells\": [\n");
        assertThatThrownBy(() -> Notebooks.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": not valid JSON")
                .hasMessageContaining("line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void trailingDataAfterTheDocumentIsMalformedAsPythonSays() {
        assertThatThrownBy(() -> Notebooks.read("{\"nbformat\": 4} {}"))
                .isInstanceOf(NotebookFormatException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void anotherMajorVersionIsRefused() {
        assertThatThrownBy(() -> Notebooks.read("{\"nbformat\": 3, \"nbformat_minor\": 0, \"metadata\": {},"
                + " \"worksheets\": []}"))
                .isInstanceOf(NotebookFormatException.class)
                .hasMessageContaining("field nbformat: nbformat 3 is not supported");
        assertThatThrownBy(() -> Notebooks.read("{\"cells\": []}"))
                .hasMessageContaining("field nbformat: missing: this is not a Jupyter notebook");
        assertThatThrownBy(() -> Notebooks.read("[1, 2]"))
                .hasMessageContaining("not a notebook: the JSON document is an array");
    }

    @Test
    void aBadCellFieldNamesTheCellIndexIdAndField() {
        String json = """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "id": "ok", "metadata": {}, "source": ""},
                  {"cell_type": "code", "id": "bad1", "metadata": {}, "source": "", "execution_count": null,
                   "outputs": [{"output_type": "stream", "text": "x"}]}]}
                """;
        assertThatThrownBy(() -> Notebooks.read(json))
                .isInstanceOf(NotebookFormatException.class)
                .hasMessage("cell 1 (id \"bad1\"), field outputs[0].name: missing")
                .satisfies(e -> {
                    NotebookProblem problem = ((NotebookFormatException) e).problem();
                    assertThat(problem.cellIndex()).isEqualTo(1);
                    assertThat(problem.cellId()).isEqualTo("bad1");
                    assertThat(problem.field()).isEqualTo("outputs[0].name");
                });
    }

    @Test
    void aSourceThatIsNeitherTextNorLinesIsRefused() {
        String json = """
                {"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [
                  {"cell_type": "code", "metadata": {}, "source": ["a", 1], "execution_count": null, "outputs": []}]}
                """;
        assertThatThrownBy(() -> Notebooks.read(json))
                .hasMessage("cell 0, field source: must be a string or a list of strings");
    }
}
