package io.huntbook.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.runtime.MimeBundle;
import io.huntbook.runtime.Renderer;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** display(chart) in a notebook: the bundle of DESIGN.md §4, found through the runtime's ServiceLoader. */
class ChartRenderer_BundleTest {
    private static Renderer registered() {
        return ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(r -> r instanceof ChartRenderer).findFirst().orElseThrow();
    }

    @Test
    void aChartOrItsBuilderGivesDescriptionHtmlPngAndText() throws Exception {
        Renderer renderer = registered();
        MimeBundle bundle = renderer.render(Charts.timeline(Fixtures.events(20)).groupBy("Computer")).orElseThrow();
        assertThat(bundle.data().keySet()).containsExactly("text/plain", Chart.MIME_TYPE, "text/html", "image/png");
        assertThat(bundle.plainText()).isEqualTo("timeline chart: Timeline");
        assertThat(((Map<?, ?>) bundle.data().get(Chart.MIME_TYPE)).get("type")).isEqualTo("timeline");
        byte[] png = Base64.getDecoder().decode((String) bundle.data().get("image/png"));
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(960);
        // the fragment: with scripts stripped (GitHub, nbviewer) the static image remains
        Document html = Jsoup.parse((String) bundle.data().get("text/html"));
        html.select("script").remove();
        assertThat(html.select("img.huntbook-static").attr("src")).startsWith("data:image/png;base64,");
        assertThat(renderer.toJson(Charts.matrix(Fixtures.logons()).x("Computer").y("Account").build()))
                .get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("type", "matrix");
        assertThat(renderer.render("not a chart")).isEmpty();
    }

    @Test
    void theLibraryGoesIntoTheFirstFragmentOnly() {
        String first = ChartRenderer.fragment(Charts.timeline(Fixtures.events(5)).build(), true);
        String later = ChartRenderer.fragment(Charts.timeline(Fixtures.events(5)).build(), false);
        assertThat(first).contains("Apache ECharts 5.3.1").contains("window.HuntbookCharts");
        assertThat(later).doesNotContain("Apache ECharts").contains("HuntbookCharts.renderAll(document)");
        assertThat(later.length()).isLessThan(first.length() / 10);
    }
}
