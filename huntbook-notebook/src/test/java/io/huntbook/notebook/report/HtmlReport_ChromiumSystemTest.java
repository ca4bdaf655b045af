package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.io.IOException;
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
 * A real browser loads the report of a hostile notebook and runs none of its payloads. Each payload, if it ran,
 * would set the title to PWNED and add an element with id {@code pwned}; the DOM Chromium dumps after loading (and
 * running whatever scripts it would) must show neither. A control page with one raw payload proves the check sees a
 * script that runs; the report with its Content-Security-Policy removed proves the sanitiser alone suffices.
 */
@SystemTest
class HtmlReport_ChromiumSystemTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void noInjectedScriptRunsInTheReport() throws Exception {
        String html = HtmlReport.builder().withInput(true).build().render(Fixtures.hostile().notebook(), "hostile");
        Document dom = load("report.html", html);
        assertThat(dom.title()).isEqualTo("hostile");
        assertThat(dom.getElementById("pwned")).isNull();
        assertThat(dom.select(".banner a")).hasSize(1);
    }

    @Test
    void sanitiserAloneSufficesWithoutTheContentSecurityPolicy() throws Exception {
        String html = HtmlReport.builder().withInput(true).build().render(Fixtures.hostile().notebook(), "hostile");
        String withoutCsp = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        assertThat(withoutCsp).isNotEqualTo(html);
        Document dom = load("no-csp.html", withoutCsp);
        assertThat(dom.title()).isEqualTo("hostile");
        assertThat(dom.getElementById("pwned")).isNull();
    }

    @Test
    void controlPageWithARawPayloadIsCaught() throws Exception {
        Document dom = load("control.html", "<!DOCTYPE html><html><head><title>control</title></head><body>"
                + "<img src=x onerror=\"" + Fixtures.PAYLOAD + "\"><script>" + Fixtures.PAYLOAD + "</script></body></html>");
        assertThat(dom.title()).isEqualTo("PWNED");
        assertThat(dom.getElementById("pwned")).isNotNull();
    }

    private Document load(String name, String html) throws IOException, InterruptedException {
        Path page = dir.resolve(name);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path profile = Files.createDirectories(dir.resolve("profile-" + name));
        List<String> command = new ArrayList<>(List.of(ExternalPrograms.require(CHROMIUM, "chromium").toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom", page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve(name + ".err").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve(name + ".err"))).isZero();
        String dom = new String(out, StandardCharsets.UTF_8);
        assertThat(dom).as("dumped DOM").contains("<html");
        return Jsoup.parse(dom);
    }
}
