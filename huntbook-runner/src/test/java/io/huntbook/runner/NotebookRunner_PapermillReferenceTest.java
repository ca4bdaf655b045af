package io.huntbook.runner;

import static io.huntbook.runner.Notebooks4Test.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java twin of papermill's {@code error.ipynb} run (papermill 2.6.0's output is the oracle): the same cells, tags,
 * statuses, marker cells and metadata fields, in the same places.
 */
@ConformanceTest
class NotebookRunner_PapermillReferenceTest {
    @TempDir
    Path dir;

    @Test
    void aFailedRunIsShapedExactlyLikePapermills() {
        Notebook reference = Notebooks.read(TestData.path("papermill/executed/error.ipynb"));
        Notebook java = Notebook.java(List.of(Cell.code("int x = 1;").withTag("parameters"),
                Cell.code("// Parameters\nx = 5;\n").withTag("injected-parameters"),
                Cell.code("System.out.println(\"before\");"),
                Cell.code("throw new IllegalArgumentException(\"boom \" + x);"),
                Cell.code("System.out.println(\"never\");")));
        Path out = dir.resolve("error.ipynb");
        RunResult result = NotebookRunner.run(java, options(out).build());
        Notebook ours = Notebooks.read(out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(shape(ours)).isEqualTo(shape(reference));
        for (int i = 0; i < reference.cells().size(); i++) {
            Cell theirs = reference.cell(i);
            Cell mine = ours.cell(i);
            if (theirs.hasTag("papermill-error-cell-tag")) {
                assertThat(mine.source()).isEqualTo(theirs.source());
            }
            assertThat(keys(mine.metadata().get("papermill"))).isEqualTo(keys(theirs.metadata().get("papermill")));
            assertThat(keys(mine.metadata().get("execution"))).isEqualTo(keys(theirs.metadata().get("execution")));
        }
        TreeSet<String> notebookKeys = keys(reference.metadata().get("papermill"));
        notebookKeys.remove("version"); // written by the preparing step (papermill's version there, Huntbook's here)
        assertThat(keys(ours.metadata().get("papermill"))).containsAll(notebookKeys);
        assertThat(ours.papermill().orElseThrow().get("exception").asBoolean()).isTrue();
    }

    /** Per cell: type, tags, papermill status and exception, whether it has outputs and an execution count. */
    private static List<String> shape(Notebook notebook) {
        List<String> shape = new ArrayList<>();
        for (Cell cell : notebook.cells()) {
            JsonNode papermill = cell.metadata().path("papermill");
            JsonNode json = Notebooks.toJson(Notebook.of(List.of(cell))).get("cells").get(0);
            shape.add(cell.cellType() + " " + cell.tags() + " " + papermill.path("status").asText("-") + " "
                    + papermill.path("exception").asText("-") + " outputs=" + json.path("outputs").size()
                    + " count=" + !json.path("execution_count").isNull());
        }
        return shape;
    }

    private static TreeSet<String> keys(JsonNode node) {
        TreeSet<String> keys = new TreeSet<>();
        if (node != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                keys.add(names.next());
            }
        }
        return keys;
    }
}
