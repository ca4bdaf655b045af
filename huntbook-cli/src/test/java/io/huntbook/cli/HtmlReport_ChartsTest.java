package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.report.HtmlReport;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report draws chart outputs from their descriptions with its own single ECharts copy, allowed by hash in
 * its Content-Security-Policy, keeps each chart's static image, and copies no script from the outputs.
 */
class HtmlReport_ChartsTest {
    @TempDir
    Path dir;

    @Test
    void chartsAreDrawnByTheReportsOwnScripts() throws Exception {
        String html = HtmlReport.builder().build().render(NotebookFiles.read(ReportCharts_Fixture.notebook(dir)), "c");
        Document page = Jsoup.parse(html);
        assertThat(page.select("div.huntbook-chart")).hasSize(2);
        assertThat(page.select("div.huntbook-chart img.huntbook-static")).hasSize(2)
                .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
        // the descriptions, inert; then ECharts, the world outline, the adapter and the call: one copy of each
        assertThat(page.select("script[type]")).hasSize(2);
        assertThat(page.select("script:not([type])")).hasSize(4);
        assertThat(html.split("Apache ECharts 5.3.1 \\|", -1)).hasSize(2);
        // nothing of the outputs' own text/html (their loader script) was copied
        assertThat(html).doesNotContain("setInterval(function () { if (draw()");
        String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).contains("default-src 'none'").containsPattern("script-src( 'sha256-[A-Za-z0-9+/=]+'){4}$");
        for (Element script : page.select("script[type]")) {
            assertThat(script.data()).doesNotContain("<");
        }
        assertThat(page.select("script[type]").first().data()).contains("\\u003c/script\\u003e");
        assertThat(page.select("img[onerror]")).isEmpty();
    }
}
