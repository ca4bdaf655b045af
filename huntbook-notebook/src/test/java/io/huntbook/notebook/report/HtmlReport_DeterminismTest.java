package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same notebook gives the same bytes, and the report is small and written atomically. */
class HtmlReport_DeterminismTest {
    @Test
    void sameInputSameBytes() {
        HtmlReport report = HtmlReport.builder().withInput(true).build();
        byte[] first = report.renderBytes(Fixtures.hostile().notebook(), "a.ipynb");
        byte[] second = HtmlReport.builder().withInput(true).build()
                .renderBytes(Fixtures.hostile().notebook(), "a.ipynb");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aSmallNotebookGivesKilobytesNotHundreds() {
        Fixtures f = new Fixtures();
        Fixtures.stream(f.code("print(1)"), "stdout", "1\n");
        String html = HtmlReport.builder().build().render(f.notebook(), "small");
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(12_000);
    }

    @Test
    void writeReplacesTheFileAtomically(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r.html");
        Files.writeString(target, "old");
        HtmlReport.builder().build().write(new Fixtures().notebook(), "n", target);
        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aTargetThatCannotBeWrittenFailsAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("taken.html")).resolve("x");
        Files.writeString(target, "keep");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> HtmlReport.builder().build().write(new Fixtures().notebook(), "n", dir.resolve("taken.html")))
                .isInstanceOf(RuntimeException.class);
        assertThat(Files.readString(target)).isEqualTo("keep");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("taken.html"));
        }
    }
}
