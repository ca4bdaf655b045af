package io.huntbook.runner;

import static io.huntbook.runner.Notebooks4Test.java;
import static io.huntbook.runner.Notebooks4Test.options;
import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.scraps.ScrapReport;
import io.huntbook.notebook.scraps.Scraps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a Java cell glues is what the scrap reader finds in the output notebook, displayed scraps included. */
class NotebookRunner_ScrapsRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void gluedValuesComeBackWithTheirEncoders() {
        Path out = dir.resolve("scraps.ipynb");
        NotebookRunner.run(java(Cell.code("""
                glue("finding", true);
                glue("finding_desc", "two TI hits for 203.0.113.7");
                glue("counts", Map.of("ti", 2));
                glue("score", 7.5);
                glue("shown", "visible text", true);
                """)), options(out).build());

        ScrapReport report = Scraps.read(Notebooks.read(out));
        assertThat(report.problems()).isEmpty();
        assertThat(report.get("finding").orElseThrow().data().asBoolean()).isTrue();
        assertThat(report.get("finding").orElseThrow().encoder()).isEqualTo("json");
        assertThat(report.get("finding_desc").orElseThrow().data().asText()).isEqualTo("two TI hits for 203.0.113.7");
        assertThat(report.get("finding_desc").orElseThrow().encoder()).isEqualTo("text");
        assertThat(report.get("counts").orElseThrow().data().get("ti").asInt()).isEqualTo(2);
        assertThat(report.get("score").orElseThrow().data().asDouble()).isEqualTo(7.5);
        assertThat(report.get("shown").orElseThrow().data().asText()).isEqualTo("visible text");
        assertThat(report.get("shown").orElseThrow().display()).isNotNull();
    }
}
