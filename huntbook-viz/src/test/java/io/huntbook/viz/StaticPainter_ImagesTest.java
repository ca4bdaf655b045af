package io.huntbook.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The static view: SVG that parses with the expected marks and text, PNG with marks where the data are. */
class StaticPainter_ImagesTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void everySvgIsWellFormedWithItsMarksAndNoScript() throws Exception {
        Map<ChartType, Chart> charts = Gallery.all();
        for (Map.Entry<ChartType, Chart> entry : charts.entrySet()) {
            Document svg = parse(entry.getValue().toSvg());
            assertThat(svg.getDocumentElement().getLocalName()).as(entry.getKey().id()).isEqualTo("svg");
            assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(texts(svg)).as(entry.getKey().id()).contains(entry.getValue().title());
        }
        Document timeline = parse(charts.get(ChartType.TIMELINE).toSvg());
        // 60 events: 60 circles, and the hostile host name is text, cut to fit but intact where shown
        assertThat(timeline.getElementsByTagNameNS("*", "ellipse").getLength()).isEqualTo(60);
        assertThat(texts(timeline)).anyMatch(t -> t.startsWith("</script><script>document.t") && t.endsWith("…"));
        assertThat(texts(timeline)).contains("web01", "db02", "alert", "TimeGenerated");
        Document graph = parse(charts.get(ChartType.GRAPH).toSvg());
        assertThat(graph.getElementsByTagNameNS("*", "ellipse").getLength()).isEqualTo(5 + 2);
        assertThat(graph.getElementsByTagNameNS("*", "line").getLength()).isEqualTo(4);
        Document duration = parse(charts.get(ChartType.DURATION).toSvg());
        assertThat(duration.getElementsByTagNameNS("*", "rect").getLength()).isGreaterThanOrEqualTo(1 + 3);
    }

    private static BufferedImage png(Chart chart) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(chart.toPng()));
    }

    /** Pixels in a box that are close to a colour (anti-aliasing blends edges). */
    private static int pixels(BufferedImage image, int x0, int y0, int x1, int y1, String hex) {
        int want = Integer.parseInt(hex.substring(1), 16);
        int found = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int d = Math.abs((rgb >> 16) - (want >> 16)) + Math.abs((rgb >> 8 & 0xFF) - (want >> 8 & 0xFF))
                        + Math.abs((rgb & 0xFF) - (want & 0xFF));
                if (d < 60) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void mapPointsLandWhereTheyAreOnEarth() throws Exception {
        Chart chart = Charts.map(Fixtures.places()).layerBy("Source").size(960, 560).build();
        BufferedImage image = png(chart);
        int w = image.getWidth();
        int h = image.getHeight();
        String signins = Palette.color(1);
        String alerts = Palette.color(0);
        // Sydney (signins) in the lower right, London (signins) just right of the centre, New York (alerts) upper left
        assertThat(pixels(image, w * 7 / 8, h * 2 / 3, w, h * 7 / 8, signins)).isGreaterThan(20);
        assertThat(pixels(image, w / 2, h / 4, w * 9 / 16, h / 2, signins)).isGreaterThan(20);
        assertThat(pixels(image, w / 4, h / 3, w / 3, h / 2, alerts)).isGreaterThan(20);
        // and nothing of theirs over the empty Pacific on the left
        assertThat(pixels(image, 0, h / 2, w / 5, h * 7 / 8, signins) + pixels(image, 0, h / 2, w / 5, h * 7 / 8, alerts))
                .isZero();
    }

    @Test
    void timelineMarksSitOnTheirRows() throws Exception {
        Chart chart = Charts.timeline(Fixtures.events(60)).groupBy("Computer").build();
        BufferedImage image = png(chart);
        String color = Palette.color(0);
        int total = pixels(image, 0, 0, image.getWidth(), image.getHeight(), color);
        assertThat(total).isGreaterThan(60 * 4);
        // three rows of marks: every third of the plot height holds a share of them
        int top = pixels(image, 0, 0, image.getWidth(), image.getHeight() / 3, color);
        assertThat(top).isGreaterThan(total / 5);
        assertThat(pixels(image, 0, 0, image.getWidth(), 30, color)).isZero();
    }

    @Test
    void aggregatedTimelineStillDrawsAndSaysSo() throws Exception {
        Chart chart = Charts.timeline(Fixtures.events(100_000)).groupBy("Computer").build();
        BufferedImage image = png(chart);
        assertThat(pixels(image, 0, 0, image.getWidth(), image.getHeight(), Palette.color(0))).isGreaterThan(1000);
        assertThat(texts(parse(chart.toSvg()))).anyMatch(t -> t.startsWith("aggregated: 100,000 events"));
    }
}
