package io.huntbook.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookValidator_SchemaTest {
    private static List<String> problems(String json) {
        return NotebookValidator.validate(json.getBytes(StandardCharsets.UTF_8)).stream()
                .map(NotebookProblem::describe).toList();
    }

    @Test
    void notebooksWrittenByNbformatAreValidAgainstTheirOwnMinorVersion() {
        assertThat(NotebookValidator.validate(Notebooks_RoundTripTest.fixture("rich.ipynb"))).isEmpty();
        assertThat(NotebookValidator.validate(Notebooks_RoundTripTest.fixture("v44.ipynb"))).isEmpty();
    }

    @Test
    void aBadOutputNamesTheCellItsIdAndTheField() {
        assertThat(problems("""
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": "hi"},
                  {"cell_type": "code", "id": "run", "metadata": {}, "source": "", "execution_count": null,
                   "outputs": [{"output_type": "stream", "text": "x"},
                               {"output_type": "execute_result", "data": {}, "metadata": {}, "execution_count": "3"}]}]}
                """)).containsExactly(
                "cell 1 (id \"run\"), field outputs[0].name: missing (the nbformat 4.5 schema requires it)",
                "cell 1 (id \"run\"), field outputs[1].execution_count: string found, [integer, null] expected");
    }

    @Test
    void aCellWithoutIdIsInvalidFrom45AndAnIdIsInvalidBefore() {
        assertThat(problems("""
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "raw", "metadata": {}, "source": ""}]}
                """)).containsExactly("cell 0, field id: missing (the nbformat 4.5 schema requires it)");
        assertThat(problems("""
                {"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [
                  {"cell_type": "raw", "id": "abc", "metadata": {}, "source": ""}]}
                """)).containsExactly("cell 0 (id \"abc\"), field id: not allowed by the nbformat 4.4 schema");
    }

    @Test
    void unknownCellTypesDuplicateIdsAndTopLevelFieldsAreReported() {
        assertThat(problems("""
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "x"}}, "extra": 1, "cells": [
                  {"cell_type": "widget", "id": "a", "metadata": {}, "source": ""},
                  {"cell_type": "raw", "id": "b", "metadata": {}, "source": ""},
                  {"cell_type": "raw", "id": "b", "metadata": {}, "source": 7}]}
                """)).containsExactlyInAnyOrder(
                "field extra: not allowed by the nbformat 4.5 schema",
                "field metadata.kernelspec.display_name: missing (the nbformat 4.5 schema requires it)",
                "cell 0 (id \"a\"), field cell_type: \"widget\" is not one of raw, markdown, code",
                "cell 2 (id \"b\"), field source: integer found, string or array expected",
                "cell 2 (id \"b\"), field id: the same id as cell 1: cell ids must be unique");
    }

    @Test
    void malformedJsonIsAnErrorNotAProblemList() {
        assertThatThrownBy(() -> NotebookValidator.validate("{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotebookFormatException.class).hasMessageContaining("not valid JSON");
        assertThat(problems("{\"nbformat\": 3, \"nbformat_minor\": 0}"))
                .containsExactly("field nbformat: nbformat 3 is not supported: Huntbook validates nbformat 4 (4.0 to 4.5)");
    }
}
