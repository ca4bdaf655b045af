package io.huntbook.runner;

import static io.huntbook.runner.Notebooks4Test.java;
import static io.huntbook.runner.Notebooks4Test.options;
import static io.huntbook.runner.Notebooks4Test.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Notebook;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every notebook the runner writes (success, error, timeout, exit, rich outputs) is valid for Jupyter's nbformat. */
@SystemTest
class NotebookRunner_NbformatValidTest {
    @TempDir
    Path dir;

    @Test
    void outputsOfSucceededFailedTimedOutAndExitedRunsValidate() throws Exception {
        ExternalPrograms.requirePythonModule("nbformat", "python3-nbformat");
        Notebook rich = java(Cell.markdown("# Rich"), tagged("int x = 1;", "parameters"),
                Cell.code("""
                        System.out.println("out");
                        System.err.println("err");
                        md("**bold**");
                        html("<i>x</i>");
                        display(List.of(1, 2));
                        displayWithId("progress", "10%");
                        updateDisplay("progress", "100%");
                        glue("finding", true);
                        glue("desc", "text", true);
                        glue("rows", List.of(Map.of("a", 1)));
                        x + 41
                        """),
                tagged("Integer.parseInt(\"nope\")", "raises-exception"));
        Notebook failing = java(Cell.code("System.out.println(1);"), Cell.code("int y = undefined;"),
                Cell.code("1"));
        Notebook looping = java(Cell.code("while (true) { }"), Cell.code("1"));
        Notebook exiting = java(Cell.code("System.exit(4);"), Cell.code("1"));

        validate(run(rich, "rich.ipynb", null));
        validate(run(failing, "failing.ipynb", null));
        validate(run(looping, "looping.ipynb", Duration.ofSeconds(2)));
        validate(run(exiting, "exiting.ipynb", null));
    }

    private Path run(Notebook notebook, String name, Duration timeout) {
        Path out = dir.resolve(name);
        NotebookRunner.run(notebook, options(out).cellTimeout(timeout).build());
        return out;
    }

    private static void validate(Path notebook) throws Exception {
        Process process = new ProcessBuilder(ExternalPrograms.DEBIAN_PYTHON.toString(), "-c",
                "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')",
                notebook.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("valid");
    }
}
