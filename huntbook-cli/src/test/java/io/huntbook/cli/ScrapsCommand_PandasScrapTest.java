package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table glued by scrapbook's pandas encoder (base64 Parquet) reads back as JSON records. */
class ScrapsCommand_PandasScrapTest {
    @TempDir
    Path dir;

    @Test
    void pandasScrapsAreDecodedToRecords() throws Exception {
        Path parquet = dir.resolve("t.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('web01', 3), ('db02', 5)) AS t(Computer, Hits)) TO '"
                    + parquet + "' (FORMAT PARQUET)");
        }
        String data = Base64.getEncoder().encodeToString(Files.readAllBytes(parquet));
        String notebook = """
                {"cells": [{"cell_type": "code", "execution_count": 1, "id": "a1", "metadata": {}, "source": "sb.glue('hosts', df)",
                  "outputs": [{"output_type": "display_data", "metadata": {"scrapbook": {"name": "hosts", "data": true, "display": false}},
                    "data": {"application/scrapbook.scrap.json+json": {"name": "hosts", "data": "%s", "encoder": "pandas", "version": 1}}}]}],
                 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """.formatted(data);
        Path nb = dir.resolve("nb.ipynb");
        Files.writeString(nb, notebook);
        CliRun run = CliRun.of("scraps", nb.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode scrap = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(scrap.get("encoder").asText()).isEqualTo("pandas");
        assertThat(scrap.get("data").get(1).get("Computer").asText()).isEqualTo("db02");
        assertThat(scrap.get("data").get(1).get("Hits").asInt()).isEqualTo(5);
    }
}
