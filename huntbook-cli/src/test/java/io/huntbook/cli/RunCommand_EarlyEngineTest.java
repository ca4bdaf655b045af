package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Kernelspec;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code huntbook run} process starts its Java engine before parsing the line ({@link EarlyRun}), and only for lines
 * whose engine the parsed options would not change.
 */
class RunCommand_EarlyEngineTest {
    @TempDir
    Path dir;

    @Test
    void onlyAPlainRunLineNamesItsNotebookBeforeParsing() {
        assertThat(EarlyRun.notebookOf(new String[] {"run", "nb.ipynb", "out.ipynb", "-p", "days", "7"}))
                .contains(Path.of("nb.ipynb"));
        assertThat(EarlyRun.notebookOf(new String[] {"-q", "--format", "json", "run", "nb.jsh", "-"}))
                .contains(Path.of("nb.jsh"));
        assertThat(EarlyRun.notebookOf(new String[] {"run", "nb.ipynb", "out", "--execution-timeout", "3"}))
                .contains(Path.of("nb.ipynb"));
        for (String[] line : List.of(
                new String[] {"run", "nb.ipynb", "out", "--cwd", "/tmp"},
                new String[] {"run", "nb.ipynb", "out", "--agent-memory=1g"},
                new String[] {"--config", "huntbook.yaml", "run", "nb.ipynb", "out"},
                new String[] {"run", "nb.ipynb", "out", "-k", "python3"},
                new String[] {"run", "nb.ipynb", "out", "--prepare-only"},
                new String[] {"run", "-p", "days", "7", "nb.ipynb", "out"},
                new String[] {"run", "--help"},
                new String[] {"run"},
                new String[] {"params", "nb.ipynb"},
                new String[] {"nb.ipynb"})) {
            assertThat(EarlyRun.notebookOf(line)).as(String.join(" ", line)).isEmpty();
        }
    }

    @Test
    void aRunProcessGivesTheSameNotebookWithOrWithoutAnEarlyEngine() throws Exception {
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Notebook notebook = Notebook.java(List.of(Cell.code("int days = 1;").withTag("parameters"),
                Cell.code("System.out.println(\"days=\" + days + \" cwd=\" + Path.of(\"\").toAbsolutePath());")))
                .withKernelspec(new Kernelspec("java", "Java", "java"));
        Path in = dir.resolve("early.ipynb");
        Notebooks.write(notebook, in);

        ExternalRun early = ExternalRun.of(ExternalRun.huntbook("-q", "run", in.toString(), "early-out.ipynb", "-p",
                "days", "7", "--no-progress-bar"), Map.of(), dir, 120);
        ExternalRun moved = ExternalRun.of(ExternalRun.huntbook("-q", "run", in.toString(), "moved-out.ipynb", "-p",
                "days", "7", "--no-progress-bar", "--cwd", other.toString()), Map.of(), dir, 120);

        assertThat(early.exitCode()).as(early.err()).isZero();
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(printed(dir.resolve("early-out.ipynb"))).isEqualTo("days=7 cwd=" + dir.toRealPath() + "\n");
        assertThat(printed(dir.resolve("moved-out.ipynb"))).isEqualTo("days=7 cwd=" + other.toRealPath() + "\n");
    }

    private static String printed(Path output) {
        List<Cell> cells = Notebooks.read(output).cells();
        StringBuilder text = new StringBuilder();
        for (var out : ((CodeCell) cells.get(cells.size() - 1)).outputs()) {
            if (out instanceof io.huntbook.notebook.StreamOutput stream) {
                text.append(stream.text());
            }
        }
        return text.toString();
    }
}
