package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reports of the notebooks papermill executed: offline, deterministic, and error.ipynb's banner finds its cell. */
@ConformanceTest
class HtmlReport_PapermillConformanceTest {
    static List<Path> executed() {
        try (Stream<Path> files = Files.list(TestData.path("papermill/executed"))) {
            List<Path> notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertThat(notebooks).isNotEmpty();
            return notebooks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("executed")
    void everyReportIsOfflineAndDeterministic(Path file) {
        for (boolean withInput : new boolean[] {false, true}) {
            HtmlReport report = HtmlReport.builder().withInput(withInput).build();
            Notebook notebook = NotebookFiles.read(file);
            String html = report.render(notebook, file.getFileName().toString());
            assertThat(OfflineCheck.problems(html)).as(file + " withInput=" + withInput).isEmpty();
            assertThat(report.render(NotebookFiles.read(file), file.getFileName().toString())).isEqualTo(html);
            assertThat(html).doesNotContain("# Parameters");
        }
    }

    @Test
    void errorNotebookHasABannerLinkedToTheFailingCell() {
        Notebook notebook = NotebookFiles.read(TestData.path("papermill/executed/error.ipynb"));
        Document doc = Jsoup.parse(HtmlReport.builder().build().render(notebook, "error.ipynb"));
        Element banner = doc.selectFirst(".banner");
        assertThat(banner).isNotNull();
        assertThat(banner.text()).contains("ValueError: boom 5");
        String href = banner.selectFirst("a").attr("href");
        Element target = doc.getElementById(href.substring(1));
        assertThat(target).isNotNull();
        assertThat(target.select("pre.error").text()).contains("ValueError").contains("boom 5");
        int failing = notebook.cells().size() - 2; // raise ValueError(...) is the last cell but one
        assertThat(href).isEqualTo("#" + ReportPage.anchor(notebook.cell(failing)));
        assertThat(doc.select(".status").text()).isEqualTo("failed");
        assertThat(doc.selectFirst("header").text()).contains("Python 3").contains("1.99 s");
        assertThat(doc.select(".parameters tr").eachText()).contains("x 5");
        assertThat(doc.select("pre.stdout").eachText()).containsExactly("before");
    }
}
