package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.report.HtmlReport;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In Chromium the report's charts draw under its Content-Security-Policy (the hashes admit its own scripts) and the
 * hostile text in them runs nothing; with scripts refused, every chart still shows as its image.
 */
@SystemTest
class HtmlReport_ChartsChromiumSystemTest {
    @TempDir
    Path dir;

    @Test
    void chartsDrawWithScriptsAndShowImagesWithout() throws Exception {
        String html = HtmlReport.builder().build().render(NotebookFiles.read(ReportCharts_Fixture.notebook(dir)), "c");
        Path page = Files.writeString(dir.resolve("report.html"), html);
        Document on = load(page, "on");
        assertThat(on.title()).isEqualTo("c");
        assertThat(on.select("div.huntbook-chart[data-huntbook-rendered]")).hasSize(2);
        assertThat(on.select("div.huntbook-chart canvas")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(on.select("div.huntbook-chart[data-huntbook-error]")).isEmpty();
        // scripts off: the page's own policy narrowed to no script at all, as a viewer that runs none
        String noScripts = html.replaceFirst("script-src[^\"]*\"", "script-src 'none'\"");
        assertThat(noScripts).isNotEqualTo(html);
        Document off = load(Files.writeString(dir.resolve("off.html"), noScripts), "off");
        assertThat(off.select("div.huntbook-chart img.huntbook-static")).hasSize(2);
        assertThat(off.select("div.huntbook-chart canvas")).isEmpty();
    }

    private Document load(Path page, String name) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile-" + name));
        List<String> command = new ArrayList<>(List.of(
                ExternalPrograms.require(Path.of("/usr/bin/chromium"), "chromium").toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--window-size=1200,900"));
        command.add("--dump-dom");
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(dir.resolve(name + ".err").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return Jsoup.parse(new String(out, StandardCharsets.UTF_8));
    }
}
