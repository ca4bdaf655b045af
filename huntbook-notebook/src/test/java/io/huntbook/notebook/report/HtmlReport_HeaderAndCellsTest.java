package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.Notebook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The header card, the error banner and which cells and sources a report shows. */
class HtmlReport_HeaderAndCellsTest {
    private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";

    private static Fixtures failedRun() {
        Fixtures f = new Fixtures();
        ObjectNode pm = f.papermill();
        pm.put("start_time", "2026-11-27T18:58:04.848978+00:00").put("end_time", "2026-11-27T18:58:06.841151+00:00")
                .put("duration", 1.992173).put("exception", true).put("input_path", "hunt.ipynb");
        pm.putObject("parameters").put("host", "WS-042").put("db_password", "hunter2").put("lookback_days", 7)
                .put("note", "creds " + AWS_KEY).put("api_token", "");
        f.markdown("<span style=\"color:red\">An Exception was encountered at <a href=\"#papermill-error-cell\">"
                + "In [3]</a>.</span>", "papermill-error-cell-tag");
        f.code("host = 'default'", "parameters");
        f.code("# Parameters\nhost = \"WS-042\"\ndb_password = \"hunter2\"\n", "injected-parameters");
        Fixtures.stream(f.code("print('hello')"), "stdout", "hello\n");
        ObjectNode failing = f.code("raise ValueError('boom')");
        Fixtures.error(failing, "ValueError", "boom", "\u001b[0;31mValueError\u001b[0m: boom");
        f.code("print('never')");
        return f;
    }

    @Test
    void headerShowsRunFactsAndMasksSecretLookingParameters() {
        String html = HtmlReport.builder().build().render(failedRun().notebook(), "hunt.ipynb");
        Document doc = Jsoup.parse(html);
        Element header = doc.selectFirst("header.card");
        assertThat(header.select("h1").text()).isEqualTo("hunt.ipynb");
        assertThat(header.select(".status").text()).isEqualTo("failed");
        assertThat(header.text()).contains("2026-11-27T18:58:04.848978+00:00").contains("2026-11-27T18:58:06.841151+00:00")
                .contains("1.99 s").contains("Python 3");
        assertThat(header.select(".parameters tr").eachText())
                .contains("host \"WS-042\"", "lookback_days 7", "db_password " + RunSummary.MASK,
                        "note " + RunSummary.MASK, "api_token \"\"");
        // The secret is nowhere: not in the header, not in the hidden injected cell.
        assertThat(html).doesNotContain("hunter2").doesNotContain(AWS_KEY);
    }

    @Test
    void bannerLinksToTheFailingCellWhichShowsItsColouredTraceback() {
        Document doc = Jsoup.parse(HtmlReport.builder().build().render(failedRun().notebook(), "hunt.ipynb"));
        Element banner = doc.selectFirst(".banner");
        assertThat(banner).isNotNull();
        assertThat(banner.text()).contains("Execution failed").contains("ValueError: boom");
        String target = banner.selectFirst("a").attr("href");
        assertThat(target).startsWith("#");
        Element cell = doc.getElementById(target.substring(1));
        assertThat(cell).isNotNull();
        assertThat(cell.hasClass("failed")).isTrue();
        assertThat(cell.select("pre.error span.ansi-red").text()).isEqualTo("ValueError");
        // The banner comes before every cell, papermill's own error cells are replaced by it.
        assertThat(doc.select("main > *").first().tagName()).isEqualTo("header");
        assertThat(doc.select("main > *").get(1).hasClass("banner")).isTrue();
        assertThat(doc.text()).doesNotContain("An Exception was encountered");
    }

    @Test
    void noInputIsTheDefaultAndHidesCodeButNotOutputs() {
        Document doc = Jsoup.parse(HtmlReport.builder().build().render(failedRun().notebook(), "hunt.ipynb"));
        assertThat(doc.select("pre.source")).isEmpty();
        assertThat(doc.select("pre.stdout").text()).isEqualTo("hello");
    }

    @Test
    void withInputShowsCodeExceptTheInjectedParameters() {
        Document doc = Jsoup.parse(HtmlReport.builder().withInput(true).build()
                .render(failedRun().notebook(), "hunt.ipynb"));
        assertThat(doc.select("pre.source").eachText()).contains("host = 'default'", "print('hello')",
                "raise ValueError('boom')", "print('never')");
        assertThat(doc.text()).doesNotContain("# Parameters");
    }

    @Test
    void reportModeAndRemoveTagsAreHonoured() {
        Fixtures f = new Fixtures();
        ObjectNode hidden = f.code("secret_sauce()");
        ((ObjectNode) hidden.get("metadata")).putObject("jupyter").put("source_hidden", true);
        Fixtures.stream(hidden, "stdout", "visible output\n");
        Fixtures.stream(f.code("gone_cell()", "remove-cell"), "stdout", "gone output\n");
        Fixtures.stream(f.code("no_input()", "remove-input"), "stdout", "kept output\n");
        Fixtures.stream(f.code("kept_input()", "remove-output"), "stdout", "dropped output\n");
        f.markdown("removed *markdown*", "remove-cell");
        String html = HtmlReport.builder().withInput(true).build().render(f.notebook(), "tags");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("pre.source").eachText()).containsExactly("kept_input()");
        assertThat(doc.select("pre.stdout").eachText()).containsExactly("visible output", "kept output");
        assertThat(html).doesNotContain("gone").doesNotContain("removed").doesNotContain("dropped");
    }

    @Test
    void succeededRunHasNoBanner() {
        Fixtures f = new Fixtures();
        f.papermill().put("end_time", "2026-11-27T19:00:00+00:00").put("exception", false).put("duration", 125.4);
        f.code("1");
        Document doc = Jsoup.parse(HtmlReport.builder().build().render(f.notebook(), "ok"));
        assertThat(doc.select(".banner")).isEmpty();
        assertThat(doc.select(".status").text()).isEqualTo("succeeded");
        assertThat(doc.selectFirst("header").text()).contains("2 min 5 s");
    }

    @Test
    void notebookNameComesFromPapermillInputPathWhenNotGiven() {
        Notebook nb = failedRun().notebook();
        assertThat(Jsoup.parse(HtmlReport.builder().build().render(nb)).title()).isEqualTo("hunt.ipynb");
    }
}
