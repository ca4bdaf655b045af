package io.huntbook.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Output;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers shared by the runner tests. */
final class Notebooks4Test {
    private Notebooks4Test() {}

    static Notebook java(Cell... cells) {
        return Notebook.java(List.of(cells));
    }

    static Cell tagged(String source, String tag) {
        return Cell.code(source).withTag(tag);
    }

    static RunOptions.Builder options(Path output) {
        return RunOptions.builder().inputPath("in.ipynb").outputPath(output.toString()).outputFile(output)
                .engine(EngineOptions.builder().maxHeap("128m").build());
    }

    static ObjectNode papermill(Cell cell) {
        return cell.papermill().orElseThrow();
    }

    static String text(Cell cell) {
        return ((CodeCell) cell).outputs().stream().map(Notebooks4Test::text).collect(Collectors.joining());
    }

    static String text(Output output) {
        return switch (output) {
            case io.huntbook.notebook.StreamOutput s -> s.text();
            case io.huntbook.notebook.RichOutput r -> r.text("text/plain").orElse("");
            case io.huntbook.notebook.ErrorOutput e -> e.ename() + ": " + e.evalue();
            default -> "";
        };
    }

    static Duration seconds(long n) {
        return Duration.ofSeconds(n);
    }
}
