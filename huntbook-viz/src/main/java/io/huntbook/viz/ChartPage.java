package io.huntbook.viz;

import io.huntbook.core.text.HtmlText;
import java.util.Base64;
import java.util.List;

/**
 * HTML for charts: a standalone page (ECharts inlined once, whatever the number of charts) and the fragment a notebook
 * output holds. Each chart is an element holding its static PNG as an {@code <img>}, followed by its description in a
 * {@code <script type="application/vnd.huntbook.chart.v1+json">} element that the adapter reads; viewers without
 * scripts keep the image. No URL is ever fetched.
 */
final class ChartPage {
    private ChartPage() {}

    static String page(Chart chart) {
        return page(chart.title(), List.of(chart));
    }

    static String page(String title, List<Chart> charts) {
        StringBuilder html = new StringBuilder(1_200_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlText.escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:16px;background:#fff}"
                        + ".huntbook-chart{margin:0 0 24px 0}.huntbook-chart img{max-width:100%}</style>\n</head>\n<body>\n");
        boolean map = false;
        int index = 0;
        for (Chart chart : charts) {
            html.append(chartElements(chart, "huntbook-chart-" + ++index));
            map |= chart.type() == ChartType.MAP;
        }
        html.append("<script>\n").append(ChartScripts.echarts()).append("\n</script>\n");
        if (map) {
            html.append("<script>\n").append(ChartScripts.world()).append("</script>\n");
        }
        html.append("<script>\n").append(ChartScripts.adapter()).append("\nHuntbookCharts.renderAll(document);\n</script>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The chart's element with its static image, and its description for the adapter. */
    static String chartElements(Chart chart, String id) {
        String png = Base64.getEncoder().encodeToString(chart.toPng());
        return "<div class=\"huntbook-chart\" id=\"" + id + "\" style=\"width:" + chart.width() + "px;height:"
                + chart.height() + "px\">" + "<img class=\"huntbook-static\" alt=\""
                + HtmlText.escape(chart.plainText())
                + "\" width=\"" + chart.width() + "\" height=\"" + chart.height() + "\" src=\"data:image/png;base64,"
                + png + "\"></div>\n<script type=\"" + Chart.MIME_TYPE + "\" data-for=\"" + id + "\">"
                + ChartScripts.jsonForScript(chart.toJson()) + "</script>\n";
    }
}
