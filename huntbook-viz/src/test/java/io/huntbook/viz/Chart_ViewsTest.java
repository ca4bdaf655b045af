package io.huntbook.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every chart type writes a decodable PNG of its size, an SVG and a page; for looking at them: target/gallery. */
class Chart_ViewsTest {
    @Test
    void everyTypeWritesPngSvgAndHtml() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "gallery"));
        for (Map.Entry<ChartType, Chart> entry : Gallery.all().entrySet()) {
            Chart chart = entry.getValue();
            String name = entry.getKey().id();
            chart.write(dir.resolve(name + ".png"));
            chart.write(dir.resolve(name + ".svg"));
            chart.write(dir.resolve(name + ".html"));
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(name + ".png"))));
            assertThat(png.getWidth()).as(name).isEqualTo(chart.width());
            assertThat(png.getHeight()).as(name).isEqualTo(chart.height());
            assertThat(Files.readString(dir.resolve(name + ".svg"))).as(name).startsWith("<svg");
            assertThat(Files.readString(dir.resolve(name + ".html"))).as(name).contains("HuntbookCharts.renderAll");
        }
    }
}
