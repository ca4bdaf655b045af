package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huntbook run} of Python notebooks on Debian's ipykernel (the {@code python3} kernelspec). */
@SystemTest
class RunCommand_PythonKernelSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void requireIpykernel() {
        ExternalPrograms.requirePythonModule("ipykernel", "python3-ipykernel");
        assertThat(Path.of("/usr/share/jupyter/kernels/python3/kernel.json")).exists();
    }

    private Path notebook(String name, String... cells) throws Exception {
        StringBuilder json = new StringBuilder("{\"cells\": [");
        for (int i = 0; i < cells.length; i++) {
            boolean parameters = i == 0;
            json.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c")
                    .append(i).append("\", \"metadata\": {").append(parameters ? "\"tags\": [\"parameters\"]" : "")
                    .append("}, \"outputs\": [], \"source\": ").append(JSON.writeValueAsString(cells[i])).append("}");
        }
        json.append("], \"metadata\": {\"kernelspec\": {\"display_name\": \"Python 3\", \"language\": \"python\","
                + " \"name\": \"python3\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private static List<String> outputTypes(JsonNode cell) {
        List<String> types = new ArrayList<>();
        cell.path("outputs").forEach(o -> types.add(o.path("output_type").asText()));
        return types;
    }

    @Test
    void parametersOutputsAnErrorCellAndPapermillMetadata() throws Exception {
        Path in = notebook("py.ipynb", "x = 1\nname = 'a'",
                "print(f'x={x} name={name}')",
                "from IPython.display import display, HTML\ndisplay(HTML('<i>hi</i>'))",
                "x * 2",
                "raise ValueError(f'boom {x}')",
                "print('never')");
        Path out = dir.resolve("py-out.ipynb");

        CliRun run = CliRun.of("run", in.toString(), out.toString(), "-p", "x", "5", "--log-output",
                "--no-progress-bar");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("x=5 name=a").contains("ValueError: boom 5");
        JsonNode nb = JSON.readTree(out.toFile());
        JsonNode cells = nb.path("cells");
        List<String> tags = new ArrayList<>();
        cells.forEach(c -> tags.add(c.path("metadata").path("tags").toString()));
        assertThat(tags).containsExactly("[\"papermill-error-cell-tag\"]", "[\"parameters\"]",
                "[\"injected-parameters\"]", "[]", "[]", "[]", "[\"papermill-error-cell-tag\"]", "[]", "[]");
        assertThat(cells.get(2).path("source").toString()).contains("x = 5");
        assertThat(cells.get(3).path("outputs").get(0).path("text").toString()).contains("x=5 name=a");
        assertThat(outputTypes(cells.get(4))).containsExactly("display_data");
        assertThat(cells.get(4).path("outputs").get(0).path("data").path("text/html").toString()).contains("<i>hi</i>");
        assertThat(outputTypes(cells.get(5))).containsExactly("execute_result");
        assertThat(cells.get(5).path("outputs").get(0).path("data").path("text/plain").toString()).contains("10");
        assertThat(cells.get(5).path("execution_count").asInt()).isEqualTo(5);
        JsonNode failed = cells.get(7);
        assertThat(outputTypes(failed)).containsExactly("error");
        assertThat(failed.path("outputs").get(0).path("ename").asText()).isEqualTo("ValueError");
        assertThat(failed.path("outputs").get(0).path("evalue").asText()).isEqualTo("boom 5");
        assertThat(failed.path("metadata").path("papermill").path("status").asText()).isEqualTo("failed");
        assertThat(cells.get(8).path("metadata").path("papermill").path("status").asText()).isEqualTo("pending");
        assertThat(cells.get(8).path("execution_count").isNull()).isTrue();
        JsonNode papermill = nb.path("metadata").path("papermill");
        assertThat(papermill.path("parameters").path("x").asInt()).isEqualTo(5);
        assertThat(papermill.path("exception").asBoolean()).isTrue();
        assertThat(nb.path("metadata").path("language_info").path("name").asText()).isEqualTo("python");
        assertThat(nb.path("metadata").path("language_info").path("codemirror_mode").path("name").asText())
                .isEqualTo("ipython");
        assertThat(nb.path("metadata").path("kernelspec").path("name").asText()).isEqualTo("python3");
    }

    @Test
    void aKernelThatDiesExits138AndATimedOutCellExits1() throws Exception {
        Path dying = notebook("dying.ipynb", "x = 1", "import os\nos._exit(3)", "print('after')");
        CliRun died = CliRun.of("run", dying.toString(), dir.resolve("dying-out.ipynb").toString(),
                "--no-progress-bar");
        assertThat(died.exitCode()).as(died.err()).isEqualTo(138);
        assertThat(died.err()).contains("died");

        Path slow = notebook("slow.ipynb", "x = 1", "import time\ntime.sleep(60)", "print('after')");
        CliRun timedOut = CliRun.of("run", slow.toString(), dir.resolve("slow-out.ipynb").toString(),
                "--execution-timeout", "3", "--no-progress-bar");
        assertThat(timedOut.exitCode()).as(timedOut.err()).isEqualTo(1);
        JsonNode cell = JSON.readTree(dir.resolve("slow-out.ipynb").toFile()).path("cells").get(3);
        assertThat(cell.path("outputs").toString()).contains("TimeoutError");
    }

    @Test
    void aPythonNotebookGluesScrapsWithoutScrapbookAsDocsJupyterMdShows() throws Exception {
        Path in = notebook("glue.ipynb", "ip = '203.0.113.7'", """
                from IPython.display import display

                def glue(name, value, encoder="json"):
                    mime = "application/scrapbook.scrap.%s+json" % encoder
                    display({mime: {"name": name, "data": value, "encoder": encoder, "version": 1}},
                            metadata={"scrapbook": {"name": name, "data": True, "display": False}},
                            raw=True)

                glue("finding", True)
                glue("finding_desc", "two TI hits for " + ip, encoder="text")
                glue("counts", {"ti": 2, "geo": ["GB", "SE"]})
                """);
        Path out = dir.resolve("glue-out.ipynb");
        CliRun run = CliRun.of("run", in.toString(), out.toString(), "-p", "ip", "198.51.100.1", "--no-progress-bar");
        assertThat(run.exitCode()).as(run.err()).isZero();

        CliRun scraps = CliRun.of("scraps", out.toString(), "--json");
        assertThat(scraps.exitCode()).as(scraps.err()).isZero();
        JsonNode rows = JSON.readTree(scraps.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).path("name").asText()).isEqualTo("finding");
        assertThat(rows.get(0).path("data").asBoolean()).isTrue();
        assertThat(rows.get(1).path("data").asText()).isEqualTo("two TI hits for 198.51.100.1");
        assertThat(rows.get(1).path("encoder").asText()).isEqualTo("text");
        assertThat(rows.get(2).path("data").path("geo").toString()).isEqualTo("[\"GB\",\"SE\"]");
    }

    @Test
    void eightParallelRunsAllSucceedWithoutPortConflicts() throws Exception {
        Path in = notebook("par.ipynb", "n = 0", "import os\nprint(f'n={n} pid={os.getpid()}')", "n * 10");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExternalRun>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String n = Integer.toString(i);
                runs.add(pool.submit(() -> ExternalRun.of(ExternalRun.huntbook("run", in.toString(),
                        dir.resolve("par-" + n + ".ipynb").toString(), "-p", "n", n, "--no-progress-bar",
                        // The point is ports, not speed: eight kernels start at once on two shared cores.
                        "--start-timeout", "600"),
                        Map.of(), dir, 900)));
            }
            for (int i = 0; i < 8; i++) {
                ExternalRun run = runs.get(i).get();
                assertThat(run.exitCode()).as("run " + i + ": " + run.err()).isZero();
                JsonNode cells = JSON.readTree(dir.resolve("par-" + i + ".ipynb").toFile()).path("cells");
                assertThat(cells.get(2).path("outputs").get(0).path("text").toString()).contains("n=" + i + " ");
                assertThat(cells.get(3).path("outputs").get(0).path("data").path("text/plain").toString())
                        .contains(Integer.toString(i * 10));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
