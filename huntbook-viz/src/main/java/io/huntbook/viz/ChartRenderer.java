package io.huntbook.viz;

import io.huntbook.runtime.MimeBundle;
import io.huntbook.runtime.Renderer;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Charts in notebooks: {@code display(chart)} (or a chart builder) gives the bundle of DESIGN.md §4: the description
 * ({@value Chart#MIME_TYPE}), an HTML fragment whose static image is an {@code <img>} that the script replaces (so
 * JupyterLab draws ECharts, while GitHub, nbviewer and anything that strips scripts still shows the picture), the PNG,
 * and one line of text. Scraps get the description. Registered through {@link java.util.ServiceLoader}.
 *
 * <p>ECharts (about 1 MB) is inlined in the first chart of a session only; later fragments wait briefly for it and
 * otherwise keep their image.
 */
public final class ChartRenderer implements Renderer {
    private static final AtomicBoolean LIBRARY_SENT = new AtomicBoolean();

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        return chart(value).map(ChartRenderer::bundle);
    }

    @Override
    public Optional<Object> toJson(Object value) {
        return chart(value).map(Chart::description);
    }

    private static Optional<Chart> chart(Object value) {
        if (value instanceof Chart chart) {
            return Optional.of(chart);
        }
        if (value instanceof ChartBuilder<?> builder) {
            return Optional.of(builder.build());
        }
        return Optional.empty();
    }

    static MimeBundle bundle(Chart chart) {
        String png = Base64.getEncoder().encodeToString(chart.toPng());
        return MimeBundle.builder(chart.plainText())
                .put(Chart.MIME_TYPE, chart.description())
                .put("text/html", fragment(chart, !LIBRARY_SENT.getAndSet(true)))
                .put("image/png", png)
                .metadata("image/png", Map.of("width", chart.width(), "height", chart.height()))
                .build();
    }

    /** The chart's element and description, the library when asked, and a loader that draws once it is there. */
    static String fragment(Chart chart, boolean withLibrary) {
        String id = "huntbook-chart-" + UUID.randomUUID();
        StringBuilder html = new StringBuilder(ChartPage.chartElements(chart, id));
        if (withLibrary) {
            html.append("<script>\n").append(ChartScripts.echarts()).append("\n</script>\n");
            html.append("<script>\n").append(ChartScripts.world()).append(ChartScripts.adapter()).append("\n</script>\n");
        }
        html.append("<script>(function () { var tries = 0; function draw() { if (window.echarts && window.HuntbookCharts"
                + ") { HuntbookCharts.renderAll(document); return true; } return false; } if (!draw()) { var timer = "
                + "setInterval(function () { if (draw() || ++tries > 50) { clearInterval(timer); } }, 200); } })();"
                + "</script>\n");
        return html.toString();
    }
}
