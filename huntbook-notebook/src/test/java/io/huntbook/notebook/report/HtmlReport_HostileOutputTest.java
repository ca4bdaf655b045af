package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Outputs and markdown carrying scripts, event handlers and javascript: links are shown inert. */
class HtmlReport_HostileOutputTest {
    private final String html = HtmlReport.builder().withInput(true).build()
            .render(Fixtures.hostile().notebook(), "hostile.ipynb");
    private final Document doc = Jsoup.parse(html);

    @Test
    void nothingInThePageCanRunScriptOrLoadAnything() {
        assertThat(OfflineCheck.problems(html)).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("evil.example")
                .doesNotContainIgnoringCase("<iframe");
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .allSatisfy(a -> assertThat(a.getValue()).doesNotContainIgnoringCase("javascript")));
    }

    @Test
    void thePageForbidsScriptsAndRemoteLoadsEvenIfMarkupSlippedThrough() {
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).isNotNull();
        assertThat(csp.attr("content")).contains("default-src 'none'").contains("img-src data:")
                .doesNotContain("script-src");
    }

    @Test
    void harmlessPartsOfHostileOutputsStillShow() {
        assertThat(doc.select(".output.html b").eachText()).contains("bold");
        assertThat(doc.text()).contains("click me").contains("raw link").contains("styled");
        // Text outputs show the payload as text, so an analyst sees what the attacker sent.
        assertThat(doc.select("pre.stdout").text()).contains("<script>document.title='PWNED'");
        assertThat(doc.select("pre.error").text()).contains("<script>");
        assertThat(doc.select("pre.json").text()).contains("</pre><script>");
    }

    @Test
    void svgIsShownAsAnImageNeverInlined() {
        assertThat(doc.select("svg")).isEmpty();
        assertThat(doc.select("img[src^=data:image/svg+xml;base64,]")).hasSize(1);
    }

    @Test
    void markdownRawHtmlIsSanitisedAndTablesRender() {
        Element md = doc.selectFirst(".cell.text .markdown");
        assertThat(md).isNotNull();
        assertThat(md.select("h1").text()).isEqualTo("Hostile");
        assertThat(md.select("table td b").text()).isEqualTo("x");
        assertThat(md.select("[style]")).isEmpty();
        assertThat(md.select("a")).isEmpty();
        assertThat(md.text()).contains("click").contains("overlay");
    }

    @Test
    void remoteImagesBecomeTheirAltText() {
        assertThat(doc.select("img").eachAttr("src")).allMatch(src -> src.startsWith("data:image/"));
        assertThat(doc.text()).contains("beacon");
    }

    @Test
    void parameterValuesAreEscapedInTheHeader() {
        assertThat(doc.select(".parameters td").eachText()).contains("\"<script>" + Fixtures.PAYLOAD + "</script>\"");
    }

    @Test
    void markdownTheAuthorWroteKeepsWebLinksThatOpenNothingByThemselves() {
        Fixtures f = new Fixtures();
        f.markdown("See [the runbook](https://runbooks.example/soc) and <a href=\"#c1\">below</a>.");
        f.code("x").put("execution_count", 1);
        Document page = Jsoup.parse(HtmlReport.builder().build().render(f.notebook(), "links"));
        Element web = page.selectFirst("a[href^=https:]");
        assertThat(web).isNotNull();
        assertThat(web.attr("rel")).contains("noopener").contains("noreferrer");
        assertThat(page.select("a[href=#c1]")).hasSize(1);
    }

    @Test
    void outputLinksToTheWebBecomeText() {
        Fixtures f = new Fixtures();
        Fixtures.display(f.code("x"), "text/html", "<a href=\"https://phish.example/login\">Reset your password</a>");
        Document page = Jsoup.parse(HtmlReport.builder().build().render(f.notebook(), "links"));
        assertThat(page.select(".output a")).isEmpty();
        assertThat(page.select(".output").text()).isEqualTo("Reset your password");
    }
}
