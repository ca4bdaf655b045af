package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.scraps.Scraps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScrapsCommand_Test {
    @TempDir
    Path dir;

    private void notebookWith(Path file, String name, String text) {
        Notebooks.write(Notebook.of(List.of(((CodeCell) Cell.code("glue")).withOutputs(Scraps.glueDisplayed(name,
                JsonNodeFactory.instance.textNode(text), Scraps.TEXT,
                JsonNodeFactory.instance.objectNode().put("text/plain", "'" + text + "'"))))), file);
    }

    @Test
    void oneRowPerScrapWithDataAndDisplayMerged() throws Exception {
        Path file = dir.resolve("run.ipynb");
        notebookWith(file, "finding_desc", "two hits");
        CliRun run = CliRun.of("scraps", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("name").textValue()).isEqualTo("finding_desc");
        assertThat(rows.get(0).path("data").textValue()).isEqualTo("two hits");
        assertThat(rows.get(0).path("encoder").textValue()).isEqualTo("text");
        assertThat(rows.get(0).path("display").path("text/plain").textValue()).isEqualTo("'two hits'");
    }

    @io.huntbook.testing.ConformanceTest
    @Test
    void readsEveryScrapScrapbookWroteTheDisplayedOneIncluded() throws Exception {
        CliRun run = CliRun.of("scraps", io.huntbook.testing.TestData.path("papermill/executed/scraps.ipynb").toString(),
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4).path("name").textValue()).isEqualTo("shown");
        assertThat(rows.get(4).path("data").textValue()).isEqualTo("visible text");
        assertThat(rows.get(4).path("display").path("text/plain").textValue()).isEqualTo("'visible text'");
    }

    @Test
    void aFolderGivesOneRowPerNotebookAndScrap() throws Exception {
        notebookWith(dir.resolve("b.ipynb"), "x", "from b");
        notebookWith(dir.resolve("a.ipynb"), "x", "from a");
        Files.writeString(dir.resolve("notes.txt"), "not a notebook");
        CliRun run = CliRun.of("scraps", dir.toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("notebook,name,data,encoder,display",
                "a,x,from a,text,\"{\"\"text/plain\"\":\"\"'from a'\"\"}\"",
                "b,x,from b,text,\"{\"\"text/plain\"\":\"\"'from b'\"\"}\"");
    }

    @Test
    void aMalformedScrapIsWarnedByNameAndTheRunIsPartial() throws Exception {
        Path file = dir.resolve("bad.ipynb");
        Files.writeString(file, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "id": "a",
                 "metadata": {}, "source": "", "execution_count": 1, "outputs": [
                  {"output_type": "display_data", "metadata": {}, "data": {"application/scrapbook.scrap.text+json":
                    {"name": "broken", "data": 42, "encoder": "text", "version": 1}}},
                  {"output_type": "display_data", "metadata": {}, "data": {"application/scrapbook.scrap.json+json":
                    {"name": "ok", "data": 1, "encoder": "json", "version": 1}}}]}]}
                """);
        CliRun run = CliRun.of("scraps", file.toString(), "--format", "jsonl");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("scrap 'broken' (cell 0): text-encoded data is not a string");
        assertThat(run.out().strip()).isEqualTo("{\"name\":\"ok\",\"data\":1,\"encoder\":\"json\",\"display\":null}");
    }
}
