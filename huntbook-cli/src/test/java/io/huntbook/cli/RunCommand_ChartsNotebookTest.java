package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java notebook that displays every chart type runs with {@code huntbook run}: each output carries the chart bundle
 * (description, HTML with its image, PNG, text), and the notebook's HTML report draws every chart over its image.
 */
class RunCommand_ChartsNotebookTest {
    static final String NOTEBOOK = """
            // %%
            import io.huntbook.viz.Charts;
            import io.huntbook.analysis.proctree.ProcessTree;
            import org.dflib.DataFrame;
            import java.time.Instant;
            var t0 = Instant.parse("2026-11-20T00:00:00Z");
            var events = DataFrame.byArrayRow("TimeGenerated", "Computer", "Account", "Bytes", "Latitude", "Longitude",
                    "Total", "baseline", "anomalies").appender()
                .append(t0, "web01", "alice", 10L, 51.5, -0.1, 10.0, 10.0, 0)
                .append(t0.plusSeconds(3600), "db02", "bob", 20L, -33.9, 151.2, 90.0, 11.0, 1)
                .append(t0.plusSeconds(7200), "web01", "bob", 30L, 40.7, -74.0, 12.0, 12.0, 0)
                .toDataFrame();
            var procs = DataFrame.byArrayRow("PID", "PPID", "Name", "Created").appender()
                .append(10, 4, "cmd.exe", "2026-11-20 10:00:00").append(20, 10, "powershell.exe", "2026-11-20 10:00:01")
                .toDataFrame();
            var schema = io.huntbook.analysis.proctree.ProcSchema.fromMap(java.util.Map.of("process_id", "PID",
                    "parent_id", "PPID", "process_name", "Name", "time_stamp", "Created"));
            display(Charts.timeline(events).groupBy("Computer"));
            display(Charts.values(events).valueColumn("Bytes"));
            display(Charts.duration(events).groupBy("Account"));
            display(Charts.anomalies(events));
            display(Charts.matrix(events).x("Computer").y("Account"));
            display(Charts.graph(events).source("Account").target("Computer"));
            display(Charts.map(events));
            display(Charts.processTree(ProcessTree.build(procs, schema)));
            """;

    @TempDir
    Path dir;

    @Test
    void everyChartTypeDisplaysAndTheReportDrawsIt() throws Exception {
        Path in = Files.writeString(dir.resolve("charts.jsh"), NOTEBOOK);
        Path out = dir.resolve("charts.ipynb");
        CliRun run = CliRun.of("run", in.toString(), out.toString(), "--no-progress-bar");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String ipynb = Files.readString(out);
        assertThat(ipynb.split("\"application/vnd.huntbook.chart.v1\\+json\"", -1)).hasSize(9);
        for (String type : new String[] {"timeline", "values", "duration", "anomalies", "matrix", "graph", "map",
            "proctree"}) {
            assertThat(ipynb).contains("\"" + type + " chart: ");
        }
        String html = HtmlReport.builder().build().render(NotebookFiles.read(out), "charts");
        Document report = Jsoup.parse(html);
        assertThat(report.select("div.huntbook-chart")).hasSize(8);
        assertThat(report.select("div.huntbook-chart img.huntbook-static")).hasSize(8);
        assertThat(html.split("Apache ECharts 5.3.1 \\|", -1)).hasSize(2);
        Files.writeString(dir.resolve("charts.html"), html);
    }
}
