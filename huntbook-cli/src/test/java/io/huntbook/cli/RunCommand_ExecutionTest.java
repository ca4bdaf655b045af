package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Kernelspec;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code huntbook run} executing Java notebooks in-process: the CLI (this JVM) survives whatever they do. */
class RunCommand_ExecutionTest {
    @TempDir
    Path dir;

    private Path notebook(String kernelName, Cell... cells) {
        Notebook notebook = Notebook.java(List.of(cells)).withKernelspec(new Kernelspec(kernelName, kernelName, "java"));
        Path file = dir.resolve(kernelName + "-" + System.nanoTime() + ".ipynb");
        Notebooks.write(notebook, file);
        return file;
    }

    private static String outputs(Cell cell) {
        StringBuilder text = new StringBuilder();
        for (var output : ((CodeCell) cell).outputs()) {
            text.append(output);
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "huntbook", "jjava"})
    void aJavaNotebookRunsOnTheBuiltInEngineWhateverItsKernelspecName(String kernel) {
        Path in = notebook(kernel, Cell.code("int days = 1;").withTag("parameters"),
                Cell.code("System.out.println(\"days=\" + days);"));
        Path out = dir.resolve("out-" + kernel + ".ipynb");
        CliRun run = CliRun.of("run", in.toString(), out.toString(), "-p", "days", "7", "--no-progress-bar");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(cells.get(1).hasTag("injected-parameters")).isTrue();
        assertThat(outputs(cells.get(2))).contains("days=7");
        assertThat(Notebooks.read(out).languageInfo().orElseThrow().name()).isEqualTo("java");
    }

    @Test
    void aJshTextNotebookRunsToo() throws java.io.IOException {
        Path in = dir.resolve("hello.jsh");
        Files.writeString(in, "// %% tags=[\"parameters\"]\nint days = 1;\n\n// %%\nSystem.out.println(\"days=\" + days);\n");
        Path out = dir.resolve("hello-out.ipynb");
        CliRun run = CliRun.of("run", in.toString(), out.toString(), "-p", "days", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(outputs(cells.get(cells.size() - 1))).contains("days=3");
    }

    @Test
    void aThrowingCellExitsOneWithErrorCellsAndPendingCells() {
        Path in = notebook("java", Cell.code("System.out.println(\"before\");"),
                Cell.code("throw new IllegalStateException(\"boom\");"), Cell.code("System.out.println(\"never\");"));
        Path out = dir.resolve("error.ipynb");
        CliRun run = CliRun.of("run", in.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the run failed").contains("IllegalStateException: boom");
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(cells).hasSize(5);
        assertThat(cells.get(0).hasTag("papermill-error-cell-tag")).isTrue();
        assertThat(cells.get(4).papermill().orElseThrow().get("status").asText()).isEqualTo("pending");
    }

    @Test
    void anEndlessLoopWithAnExecutionTimeoutExitsOneWithinSeconds() {
        Path in = notebook("java", Cell.code("while (true) { }"));
        Path out = dir.resolve("loop.ipynb");
        long started = System.nanoTime();
        CliRun run = CliRun.of("run", in.toString(), out.toString(), "--execution-timeout", "3");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
        assertThat(run.err()).contains("timed out");
        assertThat(outputs(Notebooks.read(out).cells().get(2))).contains("TimeoutError");
    }

    @Test
    void systemExitFailsTheRunAndTheCliSurvives() {
        Path in = notebook("huntbook", Cell.code("System.exit(3);"), Cell.code("1"));
        Path out = dir.resolve("exit.ipynb");
        CliRun run = CliRun.of("run", in.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("System.exit(3)");
        assertThat(outputs(Notebooks.read(out).cells().get(2))).contains("SystemExit");
    }

    @Test
    void theOutputPathTemplateIsExpandedAndMissingFoldersCreated() {
        Path in = notebook("java", Cell.code("String host = \"a\";").withTag("parameters"), Cell.code("host"));
        String template = dir.resolve("{now:yyyy}/{template}-{host}-{pm[run_uuid]}.ipynb").toString();
        CliRun run = CliRun.of("run", in.toString(), template, "-p", "host", "web01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path year = dir.resolve(Integer.toString(Year.now(ZoneOffset.UTC).getValue()));
        assertThat(year).isDirectory();
        try (var files = Files.list(year)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .asString().matches("java-\\d+-web01-[0-9a-f-]{36}\\.ipynb");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNotebookWhoseKernelIsNotInstalledIsRefusedNamingIt() {
        Notebook python = Notebook.of(List.of(Cell.code("x = 1"))).withKernelspec(new Kernelspec(
                "no-such-kernel-4711", "Nothing", "python"));
        Path in = dir.resolve("py.ipynb");
        Notebooks.write(python, in);
        CliRun run = CliRun.of("run", in.toString(), dir.resolve("py-out.ipynb").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no Jupyter kernelspec named 'no-such-kernel-4711' is installed")
                .contains("-k NAME");
        assertThat(dir.resolve("py-out.ipynb")).doesNotExist();
    }
}
