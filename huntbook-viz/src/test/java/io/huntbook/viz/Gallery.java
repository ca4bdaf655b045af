package io.huntbook.viz;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One chart of every type built from the fixtures, for tests that check each view of each type. */
final class Gallery {
    private Gallery() {}

    static Map<ChartType, Chart> all() {
        Map<ChartType, Chart> charts = new LinkedHashMap<>();
        charts.put(ChartType.TIMELINE, Charts.timeline(Fixtures.events(60)).groupBy("Computer")
                .tooltip("Account", "CommandLine").referenceLine(Instant.parse("2026-11-21T00:00:00Z"), "alert")
                .build());
        charts.put(ChartType.VALUES, Charts.values(Fixtures.events(40)).valueColumn("Bytes").groupBy("Account")
                .kind("bar,line").build());
        charts.put(ChartType.DURATION, Charts.duration(Fixtures.events(60)).groupBy("Computer").build());
        charts.put(ChartType.ANOMALIES, Charts.anomalies(Fixtures.series()).build());
        charts.put(ChartType.MATRIX, Charts.matrix(Fixtures.logons()).x("Computer").y("Account").build());
        charts.put(ChartType.GRAPH, Charts.graph(Fixtures.logons()).source("Account").target("Computer")
                .edgeAttributes("LogonType").build());
        charts.put(ChartType.MAP, Charts.map(Fixtures.places()).layerBy("Source").build());
        return charts;
    }
}
