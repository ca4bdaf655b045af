package io.huntbook.notebook.scraps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.Output;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Scraps_WireFormatTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void gluedOutputsAreWhatScrapbookWrites() {
        JsonNode written = Notebooks.toJson(Notebook.of(List.of(((CodeCell) Cell.code("glue"))
                .withOutput(Scraps.glue("finding_desc", "two TI hits")))))
                .path("cells").get(0).path("outputs").get(0);
        // The output scrapbook 0.5 wrote for sb.glue("finding_desc", "...") in testdata/papermill/executed/scraps.ipynb.
        assertThat(written).isEqualTo(Notebooks.parse("""
                {"data": {"application/scrapbook.scrap.text+json": {"data": "two TI hits", "encoder": "text",
                  "name": "finding_desc", "version": 1}},
                 "metadata": {"scrapbook": {"data": true, "display": false, "name": "finding_desc"}},
                 "output_type": "display_data"}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aDisplayedScrapKeepsBothItsDataAndItsDisplay() {
        ObjectNode shown = F.objectNode().put("text/plain", "'visible text'");
        List<Output> outputs = new ArrayList<>(Scraps.glueDisplayed("shown", F.textNode("visible text"), Scraps.TEXT,
                shown));
        outputs.add(0, Scraps.glue("counts", F.objectNode().put("ti", 2), Scraps.JSON));
        Notebook notebook = Notebooks.read(Notebooks.toBytes(Notebook.of(List.of(
                ((CodeCell) Cell.code("x")).withOutputs(outputs)))));
        ScrapReport report = Scraps.read(notebook);
        assertThat(report.problems()).isEmpty();
        assertThat(report.scraps()).extracting(Scrap::name).containsExactly("counts", "shown");
        Scrap scrap = report.get("shown").orElseThrow();
        assertThat(scrap.data().textValue()).isEqualTo("visible text");
        assertThat(scrap.encoder()).isEqualTo("text");
        assertThat(scrap.display().path("text/plain").textValue()).isEqualTo("'visible text'");
        assertThat(report.get("counts").orElseThrow().data().path("ti").intValue()).isEqualTo(2);
        assertThat(report.get("counts").orElseThrow().display()).isNull();
    }

    @Test
    void aTableScrapIsAListOfJsonRecords() {
        org.dflib.DataFrame table = org.dflib.DataFrame.foldByRow("Ioc", "Severity", "Seen")
                .of("203.0.113.7", "high", java.time.Instant.parse("2026-11-27T10:00:00Z"), "evil.example", null, null);
        String expected = "[{\"Ioc\":\"203.0.113.7\",\"Severity\":\"high\",\"Seen\":\"2026-11-27T10:00:00Z\"},"
                + "{\"Ioc\":\"evil.example\",\"Severity\":null,\"Seen\":null}]";
        JsonNode payload = Scraps.glue("hits", table).data().path("application/scrapbook.scrap.json+json");
        assertThat(payload.path("data").toString()).as("keys in column order").isEqualTo(expected);
        Notebook notebook = Notebooks.read(Notebooks.toBytes(Notebook.of(List.of(((CodeCell) Cell.code("x"))
                .withOutput(Scraps.glue("hits", table))))));
        Scrap scrap = Scraps.read(notebook).get("hits").orElseThrow();
        assertThat(scrap.encoder()).isEqualTo("json");
        assertThat(scrap.data()).isEqualTo(Notebooks.parse(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void papermillsLegacyRecordsReadAsJsonScraps() {
        Notebook notebook = Notebooks.read("""
                {"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {},
                 "source": "pm.record('hits', 3)", "execution_count": 1, "outputs": [
                  {"output_type": "display_data", "metadata": {},
                   "data": {"application/papermill.record+json": {"hits": 3, "ip": "203.0.113.7"}}}]}]}
                """);
        ScrapReport report = Scraps.read(notebook);
        assertThat(report.scraps()).extracting(Scrap::name).containsExactly("hits", "ip");
        assertThat(report.get("hits").orElseThrow().data().intValue()).isEqualTo(3);
        assertThat(report.get("ip").orElseThrow().encoder()).isEqualTo("json");
    }

    @Test
    void aMalformedPayloadIsReportedByNameAndTheOthersStillRead() {
        Notebook notebook = Notebooks.read("""
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "id": "a",
                 "metadata": {}, "source": "", "execution_count": 1, "outputs": [
                  {"output_type": "display_data", "metadata": {}, "data": {"application/scrapbook.scrap.text+json":
                    {"name": "broken", "data": 42, "encoder": "text", "version": 1}}},
                  {"output_type": "display_data", "metadata": {}, "data": {"application/scrapbook.scrap.json+json":
                    {"data": 1, "encoder": "json", "version": 1}}},
                  {"output_type": "display_data", "metadata": {}, "data": {"application/scrapbook.scrap.json+json":
                    {"name": "ok", "data": [1, 2], "encoder": "json", "version": 1}}}]}]}
                """);
        ScrapReport report = Scraps.read(notebook);
        assertThat(report.scraps()).extracting(Scrap::name).containsExactly("ok");
        assertThat(report.problems()).containsExactly(
                "scrap 'broken' (cell 0): text-encoded data is not a string",
                "cell 0: a application/scrapbook.scrap.json+json payload has no name");
    }
}
