package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter's own tools drive the Huntbook kernel: {@code huntbook kernel install --prefix P}, then Debian's nbclient
 * (with {@code JUPYTER_PATH=P/share/jupyter}) executes a Java notebook, and jupyter_client asks for completions,
 * documentation, completeness, input, an interrupt and a restart.
 */
@SystemTest
class KernelCommand_NbclientSystemTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = """
            import json, sys, time
            import nbformat
            from nbformat.v4 import new_notebook, new_code_cell
            from nbclient import NotebookClient
            from jupyter_client.manager import start_new_kernel

            nb = new_notebook()
            nb.metadata["kernelspec"] = {"name": "huntbook", "display_name": "Java (Huntbook)", "language": "java"}
            nb.cells = [
                new_code_cell('System.out.println("hello from java");'),
                new_code_cell('html("<b>bold</b>");'),
                new_code_cell('int x = 40;\\nx + 2'),
                new_code_cell('throw new IllegalArgumentException("bad " + x);'),
            ]
            NotebookClient(nb, timeout=120, startup_timeout=120, allow_errors=True, kernel_name="huntbook").execute()
            nbformat.validate(nb)
            nbformat.write(nb, sys.argv[1])

            km, kc = start_new_kernel(kernel_name="huntbook", startup_timeout=120)
            out = {}
            def ask(msg_id):
                while True:
                    reply = kc.get_shell_msg(timeout=60)
                    if reply["parent_header"].get("msg_id") == msg_id:
                        return reply["content"]
            out["is_complete"] = ask(kc.is_complete("for (int i = 0; i < 2; i++) {"))
            code = "int a = 1;\\n\\"abc\\".toUpp"
            out["complete"] = ask(kc.complete(code, len(code)))
            out["inspect"] = ask(kc.inspect("Math.abs(", 9))
            def answer(msg):
                kc.input("typed text")
            stdin = kc.execute_interactive(
                'System.out.println("read " + new java.util.Scanner(System.in).nextLine());',
                allow_stdin=True, stdin_hook=answer, output_hook=lambda m: out.setdefault("stdin_out", []).append(
                    m["content"].get("text", "")), timeout=60)
            out["stdin_reply"] = stdin["content"]["status"]
            kc.execute("while (true) { }")
            time.sleep(3)
            km.interrupt_kernel()
            reply = kc.get_shell_msg(timeout=60)
            while reply["msg_type"] != "execute_reply":
                reply = kc.get_shell_msg(timeout=60)
            out["interrupted"] = reply["content"]["status"]
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=120)
            after = kc.execute_interactive("1 + 1", timeout=60, output_hook=lambda m: None)
            out["after_restart_count"] = after["content"]["execution_count"]
            kc.stop_channels()
            km.shutdown_kernel(now=False)
            out["alive_after_shutdown"] = km.is_alive()
            print("\\nRESULT " + json.dumps(out))
            """;

    @Test
    void nbclientRunsAJavaNotebookOnTheInstalledKernelAndJupyterClientUsesItsServices() throws Exception {
        ExternalPrograms.requirePythonModule("nbclient", "python3-nbclient");
        ExternalPrograms.requirePythonModule("jupyter_client", "python3-jupyter-client");
        Path prefix = dir.resolve("prefix");
        CliRun install = CliRun.of("kernel", "install", "--prefix", prefix.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        Path spec = prefix.resolve("share/jupyter/kernels/huntbook/kernel.json");
        JsonNode kernelJson = new ObjectMapper().readTree(spec.toFile());
        assertThat(kernelJson.path("argv").get(0).asText()).isEqualTo(Path.of(System.getProperty("java.home"),
                "bin", "java").toString());
        assertThat(kernelJson.path("language").asText()).isEqualTo("java");
        assertThat(kernelJson.path("interrupt_mode").asText()).isEqualTo("message");

        Path script = dir.resolve("drive.py");
        Files.writeString(script, SCRIPT);
        Path executed = dir.resolve("executed.ipynb");
        ExternalRun run = ExternalRun.of(List.of(ExternalPrograms.DEBIAN_PYTHON.toString(), script.toString(),
                executed.toString()), Map.of("JUPYTER_PATH", prefix.resolve("share/jupyter").toString(),
                "JUPYTER_RUNTIME_DIR", dir.resolve("runtime").toString()), dir, 600);
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode notebook = new ObjectMapper().readTree(executed.toFile());
        JsonNode cells = notebook.path("cells");
        assertThat(cells.get(0).path("outputs").get(0).path("output_type").asText()).isEqualTo("stream");
        assertThat(text(cells.get(0).path("outputs").get(0).path("text"))).isEqualTo("hello from java\n");
        assertThat(cells.get(1).path("outputs").get(0).path("output_type").asText()).isEqualTo("display_data");
        assertThat(text(cells.get(1).path("outputs").get(0).path("data").path("text/html")))
                .isEqualTo("<b>bold</b>");
        JsonNode result = cells.get(2).path("outputs").get(0);
        assertThat(result.path("output_type").asText()).isEqualTo("execute_result");
        assertThat(text(result.path("data").path("text/plain"))).isEqualTo("42");
        assertThat(result.path("execution_count").asInt()).isEqualTo(cells.get(2).path("execution_count").asInt())
                .isEqualTo(3);
        JsonNode error = cells.get(3).path("outputs").get(0);
        assertThat(error.path("output_type").asText()).isEqualTo("error");
        assertThat(error.path("ename").asText()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(error.path("evalue").asText()).isEqualTo("bad 40");
        assertThat(notebook.path("metadata").path("language_info").path("name").asText()).isEqualTo("java");

        JsonNode services = new ObjectMapper().readTree(run.out().lines().filter(l -> l.startsWith("RESULT "))
                .map(l -> l.substring("RESULT ".length())).findFirst().orElse("{}"));
        assertThat(services.path("is_complete").path("status").asText()).isEqualTo("incomplete");
        assertThat(services.path("complete").path("matches").toString()).contains("toUpperCase");
        assertThat(services.path("inspect").path("found").asBoolean()).isTrue();
        assertThat(services.path("inspect").path("data").path("text/plain").asText()).contains("abs(int");
        assertThat(services.path("stdin_out").toString()).contains("read typed text");
        assertThat(services.path("stdin_reply").asText()).isEqualTo("ok");
        assertThat(services.path("interrupted").asText()).isEqualTo("error");
        assertThat(services.path("after_restart_count").asInt()).isEqualTo(1);
        assertThat(services.path("alive_after_shutdown").asBoolean()).isFalse();
    }

    /** nbformat writes multi-line strings as lists of lines. */
    private static String text(JsonNode node) {
        if (!node.isArray()) {
            return node.asText();
        }
        StringBuilder joined = new StringBuilder();
        node.forEach(part -> joined.append(part.asText()));
        return joined.toString();
    }
}
