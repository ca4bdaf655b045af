package io.huntbook.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless Chromium loads every chart type's page, with every network request sent to a dead proxy: ECharts draws
 * each (a canvas replaces the static image, the adapter counts the marks it was given), no script error is logged, no
 * request is made, and the hostile strings in the data run nothing.
 */
@SystemTest
class ChartPage_ChromiumSystemTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void everyChartTypeRendersInTheBrowser() throws Exception {
        for (Map.Entry<ChartType, Chart> entry : Gallery.all().entrySet()) {
            Chart chart = entry.getValue();
            String name = entry.getKey().id();
            Loaded loaded = load(name, chart.toHtml());
            Element element = loaded.dom().selectFirst("div.huntbook-chart");
            assertThat(element).as(name).isNotNull();
            assertThat(element.attr("data-huntbook-error")).as(name).isEmpty();
            assertThat(element.attr("data-huntbook-rendered")).as(name).isEqualTo(String.valueOf(marks(chart)));
            assertThat(element.select("canvas")).as(name + ": ECharts canvas").isNotEmpty();
            assertThat(element.select("img.huntbook-static")).as(name + ": placeholder replaced").isEmpty();
            assertThat(loaded.dom().title()).isNotEqualTo("PWNED");
            assertThat(loaded.dom().select("pwned")).as(name).isEmpty();
            assertThat(loaded.log()).as(name + " console").doesNotContain("Uncaught", "ERR_PROXY", "net::ERR");
        }
    }

    @Test
    void theCheckSeesAScriptError() throws Exception {
        // control: a page whose chart cannot render must show up as an error, or the test above proves nothing
        String broken = Charts.timeline(Fixtures.events(5)).build().toHtml()
                .replace("HuntbookCharts.renderAll(document);", "HuntbookCharts.render(document.querySelector("
                        + "'div.huntbook-chart'), {kind: 'nonsense', width: 300, height: 200, title: 'x'});");
        Loaded loaded = load("broken", broken);
        assertThat(loaded.dom().selectFirst("div.huntbook-chart").attr("data-huntbook-error"))
                .contains("unknown chart kind");
        assertThat(loaded.log()).contains("Uncaught");
    }

    private static int marks(Chart chart) {
        return switch (chart.model().body()) {
            case Model.Cartesian c -> c.series().stream().mapToInt(Model.Series::length).sum();
            case Model.Geo g -> g.layers().stream().mapToInt(Model.Series::length).sum();
            case Model.Graph g -> g.nodes().size();
            case Model.Tree t -> t.nodes().size();
        };
    }

    record Loaded(Document dom, String log) {}

    private Loaded load(String name, String html) throws IOException, InterruptedException {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path profile = Files.createDirectories(dir.resolve("profile-" + name));
        Path err = dir.resolve(name + ".err");
        List<String> command = List.of(ExternalPrograms.require(CHROMIUM, "chromium").toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--window-size=1200,900", "--dump-dom",
                page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        String log = Files.readString(err);
        assertThat(process.exitValue()).as(log).isZero();
        String dom = new String(out, StandardCharsets.UTF_8);
        assertThat(dom).as("dumped DOM").contains("<html");
        return new Loaded(Jsoup.parse(dom), log);
    }
}
