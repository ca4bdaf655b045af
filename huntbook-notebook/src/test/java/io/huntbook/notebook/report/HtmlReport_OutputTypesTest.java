package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each output shows its richest safe MIME type. */
class HtmlReport_OutputTypesTest {
    private static Document render(Fixtures f) {
        return Jsoup.parse(HtmlReport.builder().build().render(f.notebook(), "types"));
    }

    @Test
    void htmlWinsOverPlainText() {
        Fixtures f = new Fixtures();
        ObjectNode out = Fixtures.display(f.code("df"), "text/plain", "   a\n0  1");
        ((ObjectNode) out.get("data")).put("text/html", "<table class=\"dataframe\" border=\"1\"><tr><td>1</td></tr></table>");
        Document doc = render(f);
        assertThat(doc.select(".output.html table td").text()).isEqualTo("1");
        assertThat(doc.select(".output.html table").attr("class")).isEmpty();
        assertThat(doc.select("pre.text")).isEmpty();
    }

    @Test
    void chartShowsItsStaticImageNotItsScriptedHtml() {
        Fixtures f = new Fixtures();
        ObjectNode out = Fixtures.display(f.code("chart"), "text/plain", "<Chart>");
        ObjectNode data = (ObjectNode) out.get("data");
        data.putObject(OutputHtml.CHART).put("type", "line");
        data.put("text/html", "<div id=\"chart\"><img src=\"data:image/png;base64," + Fixtures.PNG
                + "\"></div><script>echarts.init()</script>");
        data.put("image/png", Fixtures.PNG);
        Document doc = render(f);
        assertThat(doc.select(".output.image img").attr("src")).isEqualTo("data:image/png;base64," + Fixtures.PNG);
        assertThat(doc.select(".output.html")).isEmpty();
    }

    @Test
    void imagesBecomeDataUrisWithTheirSize() {
        Fixtures f = new Fixtures();
        ObjectNode out = Fixtures.display(f.code("img"), "image/png", Fixtures.PNG.substring(0, 20) + "\n"
                + Fixtures.PNG.substring(20));
        ((ObjectNode) out.get("metadata")).putObject("image/png").put("width", 320);
        Fixtures.display(f.code("jpg"), "image/jpeg", Fixtures.PNG);
        Fixtures.display(f.code("bad"), "image/png", "\"><script>x</script>");
        Document doc = render(f);
        assertThat(doc.select("img").eachAttr("src")).containsExactly("data:image/png;base64," + Fixtures.PNG,
                "data:image/jpeg;base64," + Fixtures.PNG);
        assertThat(doc.select("img").first().attr("width")).isEqualTo("320");
    }

    @Test
    void jsonIsPrettyPrintedAndEscaped() {
        Fixtures f = new Fixtures();
        ObjectNode out = Fixtures.display(f.code("j"), "text/plain", "<IPython.core.display.JSON object>");
        ((ObjectNode) out.get("data")).putObject("application/json").put("ip", "10.0.0.1").put("n", 3);
        Document doc = render(f);
        assertThat(doc.select("pre.json").first().wholeText()).isEqualTo("{\n  \"ip\" : \"10.0.0.1\",\n  \"n\" : 3\n}");
    }

    @Test
    void scrapsWithoutADisplayShowNothing() {
        Fixtures f = new Fixtures();
        Fixtures.display(f.code("glue('x', 1)"), "application/scrapbook.scrap.json+json", "{}");
        assertThat(render(f).select(".cell")).isEmpty();
    }

    @Test
    void markdownOutputsAndStderrRender() {
        Fixtures f = new Fixtures();
        ObjectNode cell = f.code("x");
        Fixtures.display(cell, "text/markdown", "| k | v |\n|---|---|\n| a | 1 |\n");
        Fixtures.stream(cell, "stderr", "warn 10%\rwarn 100%\n");
        Document doc = render(f);
        assertThat(doc.select(".output.markdown table td").eachText()).containsExactly("a", "1");
        assertThat(doc.select("pre.stderr").text()).isEqualTo("warn 100%");
    }
}
