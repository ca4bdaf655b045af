package io.huntbook.viz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Hostile data in a chart page stays data: in the description, the image's alt text and nowhere else. */
class ChartPage_EscapingTest {
    @Test
    void hostileTextStaysInsideTheDescription() throws Exception {
        Chart chart = Charts.timeline(Fixtures.events(30)).groupBy("Computer").tooltip("CommandLine")
                .title(Fixtures.HOSTILE).build();
        String html = chart.toHtml();
        Document page = Jsoup.parse(html);
        // exactly three scripts: the description, ECharts, the adapter; the hostile text added none
        assertThat(page.select("script")).hasSize(3);
        assertThat(page.select("pwned, img[onerror]")).isEmpty();
        assertThat(page.title()).isEqualTo(Fixtures.HOSTILE);
        Element description = page.select("script").stream().filter(e -> e.attr("type").equals(Chart.MIME_TYPE))
                .findFirst().orElseThrow();
        String json = description.data();
        assertThat(json).doesNotContain("<", ">");
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertThat(parsed.get("title").asText()).isEqualTo(Fixtures.HOSTILE);
        assertThat(parsed.at("/y/categories/0").asText()).isEqualTo(Fixtures.HOSTILE);
        assertThat(parsed.at("/series/0/data/0/2").asText()).contains("CommandLine: " + Fixtures.HOSTILE);
        Element image = page.selectFirst("img.huntbook-static");
        assertThat(image.attr("alt")).startsWith("timeline chart: " + Fixtures.HOSTILE);
        assertThat(image.attr("src")).startsWith("data:image/png;base64,");
    }

    @Test
    void thePageFetchesNothing() {
        String html = Charts.map(Fixtures.places()).build().toHtml();
        Document page = Jsoup.parse(html);
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).startsWith("data:"));
        assertThat(page.select("link, iframe, object, embed")).isEmpty();
        assertThat(html).contains("window.HUNTBOOK_WORLD").contains("Apache ECharts 5.3.1 | Apache License 2.0");
        // ECharts once, however many charts
        String two = ChartPage.page("two", java.util.List.of(Charts.map(Fixtures.places()).build(),
                Charts.matrix(Fixtures.logons()).x("Computer").y("Account").build()));
        assertThat(two.split("Apache ECharts 5.3.1 \\|", -1)).hasSize(2);
    }

    @Test
    void theAdapterEscapesTooltipsBeforeTheyBecomeHtml() {
        // tooltips are the one place ECharts writes HTML; the formatter must run every tip through escapeHtml
        String adapter = ChartScripts.adapter();
        assertThat(adapter).contains("formatter: function (p) { return tipHtml(tipOf(p)); }");
        assertThat(adapter).contains("escapeHtml(text).split('\\n').join('<br>')");
    }
}
