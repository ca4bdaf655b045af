package io.huntbook.runner;

import static io.huntbook.runner.Notebooks4Test.java;
import static io.huntbook.runner.Notebooks4Test.options;
import static io.huntbook.runner.Notebooks4Test.papermill;
import static io.huntbook.runner.Notebooks4Test.tagged;
import static io.huntbook.runner.Notebooks4Test.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real notebooks on the real engine and checks what papermill's users rely on. */
class NotebookRunner_PapermillSemanticsTest {
    @TempDir
    Path dir;

    @Test
    void aSuccessfulRunHasOutputsCountsAndCompletedMetadata() {
        Path out = dir.resolve("sub/folder/out.ipynb");
        Notebook input = java(Cell.markdown("# Title"), Cell.code("int days = 7;"),
                Cell.code("System.out.println(\"days=\" + days);\ndays * 2"), Cell.code(""));
        RunResult result = NotebookRunner.run(input, options(out).build());

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.exitCode()).isZero();
        Notebook written = Notebooks.read(out);
        List<Cell> cells = written.cells();
        assertThat(cells).hasSize(4);
        assertThat(text(cells.get(2))).isEqualTo("days=7\n14");
        assertThat(((CodeCell) cells.get(2)).executionCount()).isEqualTo(2);
        assertThat(((CodeCell) cells.get(3)).executionCount()).isNull();
        for (Cell cell : cells) {
            assertThat(papermill(cell).get("status").asText()).isEqualTo("completed");
            assertThat(papermill(cell).get("exception").asBoolean()).isFalse();
            assertThat(papermill(cell).get("duration").isNumber()).isTrue();
        }
        assertThat(cells.get(1).metadata().get("execution").has("iopub.status.idle")).isTrue();
        assertThat(written.languageInfo().orElseThrow().name()).isEqualTo("java");
        assertThat(written.papermill().orElseThrow().get("exception").isNull()).isTrue();
        assertThat(written.papermill().orElseThrow().get("output_path").asText()).isEqualTo(out.toString());
        assertThat(written.papermill().orElseThrow().get("start_time").asText()).endsWith("+00:00");
    }

    @Test
    void aThrowingCellStopsTheRunWithErrorCellsAndPendingCellsAfterIt() {
        Path out = dir.resolve("error.ipynb");
        Notebook input = java(Cell.code("System.out.println(\"before\");"),
                Cell.code("throw new IllegalArgumentException(\"boom 5\");"), Cell.code("System.out.println(\"never\");"));
        RunResult result = NotebookRunner.run(input, options(out).build());

        assertThat(result.exitCode()).isEqualTo(1);
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(cells).hasSize(5);
        assertThat(cells.get(0).hasTag("papermill-error-cell-tag")).isTrue();
        assertThat(cells.get(0).source()).contains("<a href=\"#papermill-error-cell\">In [2]</a>");
        assertThat(cells.get(2).hasTag("papermill-error-cell-tag")).isTrue();
        assertThat(cells.get(2).source()).contains("id=\"papermill-error-cell\"");
        assertThat(papermill(cells.get(3)).get("status").asText()).isEqualTo("failed");
        assertThat(papermill(cells.get(3)).get("exception").asBoolean()).isTrue();
        assertThat(text(cells.get(3))).isEqualTo("java.lang.IllegalArgumentException: boom 5");
        assertThat(papermill(cells.get(4)).get("status").asText()).isEqualTo("pending");
        assertThat(papermill(cells.get(4)).get("start_time").isNull()).isTrue();
        assertThat(((CodeCell) cells.get(4)).outputs()).isEmpty();
        assertThat(Notebooks.read(out).papermill().orElseThrow().get("exception").asBoolean()).isTrue();
    }

    @Test
    void raisesExceptionTagAndAllowErrorsKeepTheRunGoing() {
        Path out = dir.resolve("tagged.ipynb");
        Notebook input = java(tagged("Integer.parseInt(\"x\")", "raises-exception"),
                Cell.code("Object o = null; o.hashCode();"), Cell.code("System.out.println(\"reached\");"));
        RunResult result = NotebookRunner.run(input, options(out).allowErrors(true).build());

        assertThat(result.exitCode()).isZero();
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(cells).hasSize(3);
        assertThat(papermill(cells.get(0)).get("status").asText()).isEqualTo("completed");
        assertThat(text(cells.get(0))).startsWith("java.lang.NumberFormatException");
        assertThat(papermill(cells.get(1)).get("status").asText()).isEqualTo("failed");
        assertThat(text(cells.get(2))).isEqualTo("reached\n");
    }

    @Test
    void systemExitEndsTheRunAsPapermillTreatsSystemExit() {
        Path out = dir.resolve("exit.ipynb");
        RunResult failed = NotebookRunner.run(java(Cell.code("System.exit(3);"), Cell.code("1")),
                options(out).build());
        assertThat(failed.exitCode()).isEqualTo(1);
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(text(cells.get(2))).isEqualTo("SystemExit: 3");
        assertThat(papermill(cells.get(2)).get("status").asText()).isEqualTo("failed");
        assertThat(papermill(cells.get(3)).get("status").asText()).isEqualTo("pending");

        RunResult clean = NotebookRunner.run(java(Cell.code("System.exit(0);"), Cell.code("1")),
                options(dir.resolve("exit0.ipynb")).build());
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.notebook().cells()).hasSize(2);
    }

    @Test
    void aDeadAgentIsADeadKernelWithExitCode138() {
        Path out = dir.resolve("dead.ipynb");
        RunResult result = NotebookRunner.run(java(Cell.code("Runtime.getRuntime().halt(9);"), Cell.code("1")),
                options(out).build());

        assertThat(result.status()).isEqualTo(RunStatus.DIED);
        assertThat(result.exitCode()).isEqualTo(138);
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(text(cells.get(2))).startsWith("DeadKernelError: the Java agent died (exit status 9)");
        assertThat(papermill(cells.get(3)).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void anEndlessLoopTimesOutAndTheOutputIsWrittenAndAutosaved() throws Exception {
        Path out = dir.resolve("loop.ipynb");
        Notebook input = java(Cell.code("System.out.println(\"started\");"),
                Cell.code("System.out.println(\"looping\"); while (true) { }"));
        RunResult result = NotebookRunner.run(input, options(out).cellTimeout(Duration.ofSeconds(3))
                .autosaveInterval(Duration.ofMillis(200)).build());

        assertThat(result.status()).isEqualTo(RunStatus.TIMED_OUT);
        assertThat(result.exitCode()).isEqualTo(1);
        List<Cell> cells = Notebooks.read(out).cells();
        assertThat(text(cells.get(3))).startsWith("looping\nTimeoutError: A cell timed out");
        assertThat(papermill(cells.get(3)).get("status").asText()).isEqualTo("failed");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("loop.ipynb");
        }
    }
}
