package io.huntbook.cli;

import io.huntbook.runtime.MimeBundle;
import io.huntbook.runtime.Renderer;
import io.huntbook.viz.Charts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ServiceLoader;
import org.dflib.DataFrame;

/** A notebook whose outputs are charts displayed as a notebook would display them (through the Renderer SPI). */
final class ReportCharts_Fixture {
    private ReportCharts_Fixture() {}

    static final String HOSTILE = "</script><script>document.title='PWNED'</script><img src=x onerror=alert(1)>";

    static Path notebook(Path dir) throws Exception {
        DataFrame events = DataFrame.byArrayRow("TimeGenerated", "Computer", "CommandLine").appender()
                .append(Instant.parse("2026-11-20T10:00:00Z"), "web01", HOSTILE)
                .append(Instant.parse("2026-11-20T11:00:00Z"), HOSTILE, "cmd.exe")
                .append(Instant.parse("2026-11-20T12:00:00Z"), "db02", "whoami")
                .toDataFrame();
        DataFrame places = DataFrame.byArrayRow("IpAddress", "Latitude", "Longitude").appender()
                .append("203.0.113.7", -33.87, 151.21).append("198.51.100.2", 51.51, -0.13).toDataFrame();
        Renderer renderer = ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(r -> r.getClass().getSimpleName().equals("ChartRenderer")).findFirst().orElseThrow();
        MimeBundle timeline = renderer.render(Charts.timeline(events).groupBy("Computer").tooltip("CommandLine"))
                .orElseThrow();
        MimeBundle map = renderer.render(Charts.map(places)).orElseThrow();
        String notebook = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"id\": \"c1\", "
                + "\"metadata\": {}, \"source\": \"display(chart)\", \"outputs\": ["
                + output(timeline) + ", " + output(map) + "]}], \"metadata\": {\"kernelspec\": {\"name\": "
                + "\"huntbook\", \"display_name\": \"Java (Huntbook)\", \"language\": \"java\"}}, \"nbformat\": 4, "
                + "\"nbformat_minor\": 5}";
        return Files.writeString(dir.resolve("charts.ipynb"), notebook);
    }

    private static String output(MimeBundle bundle) {
        String json = bundle.toJson();
        return "{\"output_type\": \"display_data\", " + json.substring(1);
    }
}
