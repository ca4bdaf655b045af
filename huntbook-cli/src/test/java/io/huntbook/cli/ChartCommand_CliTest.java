package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huntbook chart}: every type from a file to .html/.png/.svg; bad options exit 2 with one line, writing nothing. */
class ChartCommand_CliTest {
    @TempDir
    Path dir;

    private Path events() throws Exception {
        StringBuilder csv = new StringBuilder("TimeGenerated,Computer,Account,Bytes,Latitude,Longitude\n");
        for (int i = 0; i < 50; i++) {
            csv.append("2026-11-20T").append(String.format("%02d", i % 24)).append(":00:00Z,")
                    .append(i % 2 == 0 ? "web01" : "db02").append(',').append(i % 3 == 0 ? "alice" : "bob").append(',')
                    .append(i * 10).append(',').append(i % 2 == 0 ? "51.5,-0.1" : "-33.9,151.2").append('\n');
        }
        Path file = dir.resolve("events.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void everyChartTypeWritesItsFile() throws Exception {
        Path events = events();
        String[][] runs = {
            {"timeline", "--time-column", "TimeGenerated", "--group-by", "Computer", "--tooltip", "Account"},
            {"values", "--value-column", "Bytes", "--group-by", "Account", "--kind", "line,marker"},
            {"duration", "--group-by", "Account"},
            {"matrix", "--x", "Computer", "--y", "Account", "--log"},
            {"graph", "--source", "Account", "--target", "Computer"},
            {"map", "--layer-by", "Computer"},
        };
        for (String[] run : runs) {
            for (String extension : new String[] {"html", "png", "svg"}) {
                Path out = dir.resolve(run[0] + "." + extension);
                String[] args = new String[run.length + 4];
                args[0] = "chart";
                args[1] = run[0];
                args[2] = events.toString();
                System.arraycopy(run, 1, args, 3, run.length - 1);
                args[args.length - 2] = "-o";
                args[args.length - 1] = out.toString();
                CliRun result = CliRun.of(args);
                assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isZero();
                assertThat(result.out()).isEmpty();
                assertThat(out).exists();
            }
            BufferedImage png = ImageIO.read(dir.resolve(run[0] + ".png").toFile());
            assertThat(png.getWidth()).isEqualTo(960);
            assertThat(Files.readString(dir.resolve(run[0] + ".svg"))).startsWith("<svg");
            assertThat(Files.readString(dir.resolve(run[0] + ".html"))).contains("HuntbookCharts.renderAll");
        }
    }

    @Test
    void anomaliesChartFromAScoredSeries() throws Exception {
        Path series = dir.resolve("series.csv");
        Files.writeString(series, "TimeGenerated,Total,baseline,anomalies\n2026-11-20T00:00:00Z,10,10,0\n"
                + "2026-11-20T01:00:00Z,90,11,1\n2026-11-20T02:00:00Z,12,12,0\n");
        Path out = dir.resolve("anomalies.svg");
        CliRun result = CliRun.of("chart", "anomalies", series.toString(), "-o", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(out)).contains("<ellipse");
    }

    @Test
    void badOptionsExitTwoWithOneLineAndWriteNothing() throws Exception {
        Path events = events();
        Path out = dir.resolve("t.html");
        CliRun wrongType = CliRun.of("chart", "timeline", events.toString(), "--x", "Computer", "-o", out.toString());
        assertThat(wrongType.exitCode()).isEqualTo(2);
        assertThat(wrongType.err().strip()).doesNotContain("\n").contains("--x does not apply to a timeline chart");
        CliRun badExtension = CliRun.of("chart", "timeline", events.toString(), "-o", dir.resolve("t.pdf").toString());
        assertThat(badExtension.exitCode()).isEqualTo(2);
        assertThat(badExtension.err()).contains("name the output .html, .png, .svg or .json");
        CliRun missingColumn = CliRun.of("chart", "timeline", events.toString(), "--group-by", "Host", "-o",
                out.toString());
        assertThat(missingColumn.exitCode()).isEqualTo(2);
        assertThat(missingColumn.err()).contains("no column 'Host'");
        CliRun unknownType = CliRun.of("chart", "pie", events.toString(), "-o", out.toString());
        assertThat(unknownType.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("t.pdf")).doesNotExist();
    }
}
