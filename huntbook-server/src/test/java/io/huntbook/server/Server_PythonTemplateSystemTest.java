package io.huntbook.server;

import static io.huntbook.server.TestServers.json;
import static io.huntbook.server.TestServers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.server.auth.Role;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python template submitted over HTTP runs on Debian's ipykernel (the {@code python3} kernelspec) in its template's
 * folder, with its parameters injected as papermill injects them, and its scraps are served.
 */
@SystemTest
class Server_PythonTemplateSystemTest {
    private static final String TEMPLATE = """
            {"cells": [
              {"cell_type": "code", "execution_count": null, "id": "p", "metadata": {"tags": ["parameters"]},
               "outputs": [], "source": ["days = 1\\n", "host = 'none'"]},
              {"cell_type": "code", "execution_count": null, "id": "w", "metadata": {}, "outputs": [],
               "source": ["import json, pathlib\\n",
                          "marker = pathlib.Path('marker.txt').read_text().strip()\\n",
                          "print(f'host={host} days={days} marker={marker}')\\n",
                          "display({'application/scrapbook.scrap.json+json': {'name': 'finding', 'data': days > 3,",
                          " 'encoder': 'json', 'version': 1}}, raw=True)"]}],
             "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                          "language_info": {"name": "python"}},
             "nbformat": 4, "nbformat_minor": 5}
            """;

    @TempDir
    Path dir;

    @Test
    void aPythonTemplateRunsOnItsJupyterKernelWithItsParametersAndScraps() throws Exception {
        ExternalPrograms.requirePythonModule("ipykernel", "python3-ipykernel");
        assertThat(Path.of("/usr/share/jupyter/kernels/python3/kernel.json")).exists();
        Path templates = dir.resolve("templates");
        TestServers.writeTemplate(templates, "hunt/scan.ipynb", TEMPLATE);
        Files.writeString(templates.resolve("hunt/marker.txt"), "hunt-folder");
        ServerSettings settings = TestServers.settings(dir).concurrency(1).build();
        HuntbookServer.Parts parts = HuntbookServer.defaultParts(settings, 1,
                new PrintStream(TestServers.LOG, true, StandardCharsets.UTF_8), null);
        try (HuntbookServer server = HuntbookServer.start(settings, parts)) {
            String operator = TestServers.token(server, Role.OPERATOR);
            var submitted = request(server, "POST", "/api/runs", operator,
                    "{\"template\": \"hunt/scan\", \"parameters\": {\"days\": 7, \"host\": \"ws-01\"}}");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
            String id = json(submitted).path("id").asText();
            TestServers.await("the Python run to end", 180,
                    () -> server.ledger().find(id).orElseThrow().state().isFinal());

            JsonNode run = json(request(server, "GET", "/api/runs/" + id, operator, null));
            assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
            String notebook = request(server, "GET", "/api/runs/" + id + "/notebook", operator, null).body();
            assertThat(notebook).contains("host=ws-01 days=7 marker=hunt-folder").contains("injected-parameters");
            JsonNode scraps = json(request(server, "GET", "/api/runs/" + id + "/scraps", operator, null));
            assertThat(scraps.toString()).contains("finding").contains("true");
        }
    }
}
