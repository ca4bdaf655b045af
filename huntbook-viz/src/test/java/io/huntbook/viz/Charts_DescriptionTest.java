package io.huntbook.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each chart type's description holds: the series, points, tooltips and notes both views draw. */
class Charts_DescriptionTest {
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Chart chart) {
        return (List<Map<String, Object>>) chart.description().get("series");
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> data(Map<String, Object> series) {
        return (List<List<Object>>) series.get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<String> categories(Chart chart, String axis) {
        return (List<String>) ((Map<String, Object>) chart.description().get(axis)).get("categories");
    }

    @Test
    void timelineHasOneRowPerGroupAndOnePointPerEvent() {
        Chart chart = Charts.timeline(Fixtures.events(60)).groupBy("Computer").tooltip("Account")
                .referenceLine(Instant.parse("2026-11-21T00:00:00Z"), "alert").build();
        Map<String, Object> description = chart.description();
        assertThat(description).containsEntry("type", "timeline").containsEntry("kind", "cartesian")
                .doesNotContainKey("note");
        assertThat(categories(chart, "y")).containsExactly(Fixtures.HOSTILE, "db02", "web01");
        List<List<Object>> points = data(series(chart).get(0));
        assertThat(points).hasSize(60);
        // the first event: at the start, on web01's row (index 2), its tooltip naming the time, host and account
        assertThat(points.get(0).get(0)).isEqualTo(Fixtures.START.toEpochMilli());
        assertThat(points.get(0).get(1)).isEqualTo(2L);
        assertThat((String) points.get(0).get(2)).isEqualTo(
                "TimeGenerated: 2026-11-20T00:00:00Z\nComputer: web01\nAccount: alice");
        assertThat(description.get("referenceLines")).asList().hasSize(1);
    }

    @Test
    void timelineOverlaysAreSeriesOfTheirOwnColour() {
        Chart chart = Charts.timeline(Fixtures.events(30)).overlay("alerts", Fixtures.events(6)).build();
        assertThat(series(chart)).extracting(s -> s.get("name")).containsExactly("events", "alerts");
        assertThat(series(chart)).extracting(s -> s.get("color")).doesNotHaveDuplicates();
        assertThat(categories(chart, "y")).containsExactly("alerts", "events");
    }

    @Test
    void valuesGiveOneSeriesPerGroupAndKind() {
        Chart chart = Charts.values(Fixtures.events(40)).valueColumn("Bytes").groupBy("Account").kind("bar,line")
                .build();
        assertThat(series(chart)).extracting(s -> s.get("name") + "/" + s.get("mark"))
                .containsExactly("alice/bar", "alice/line", "bob/bar", "bob/line");
        assertThat(data(series(chart).get(0))).hasSize(20);
    }

    @Test
    void durationRunsFromFirstToLastEventPerGroup() {
        Chart chart = Charts.duration(Fixtures.events(60)).groupBy("Computer").build();
        List<List<Object>> ranges = data(series(chart).get(0));
        assertThat(ranges).hasSize(3);
        List<Object> web01 = ranges.get(2);
        assertThat(web01.get(0)).isEqualTo(Fixtures.START.toEpochMilli());
        assertThat(web01.get(2)).isEqualTo(2L);
        assertThat((String) web01.get(3)).contains("events: 20");
    }

    @Test
    void anomaliesMarkTheFlaggedRows() {
        Chart chart = Charts.anomalies(Fixtures.series()).build();
        assertThat(series(chart)).extracting(s -> s.get("mark")).containsExactly("line", "baseline", "anomaly");
        List<List<Object>> anomalies = data(series(chart).get(2));
        assertThat(anomalies).extracting(p -> p.get(0)).containsExactly(
                Fixtures.START.plusSeconds(10 * 3600).toEpochMilli(), Fixtures.START.plusSeconds(30 * 3600).toEpochMilli());
    }

    @Test
    void matrixSizesByCountAndInvertsForRarePairs() {
        Chart plain = Charts.matrix(Fixtures.logons()).x("Computer").y("Account").build();
        Chart inverted = Charts.matrix(Fixtures.logons()).x("Computer").y("Account").invert(true).build();
        assertThat(categories(plain, "x")).containsExactly("db02", "web01");
        List<List<Object>> cells = data(series(plain).get(0));
        List<Object> bobOnWeb01 = cells.stream().filter(c -> ((String) c.get(2)).contains("bob")).findFirst().orElseThrow();
        assertThat((String) bobOnWeb01.get(2)).endsWith("rows: 2");
        double biggest = cells.stream().mapToDouble(c -> ((Number) c.get(3)).doubleValue()).max().orElseThrow();
        assertThat(((Number) bobOnWeb01.get(3)).doubleValue()).isEqualTo(biggest);
        List<Object> bobInverted = data(series(inverted).get(0)).stream()
                .filter(c -> ((String) c.get(2)).contains("bob")).findFirst().orElseThrow();
        assertThat(((Number) bobInverted.get(3)).doubleValue()).isLessThan(biggest);
        assertThat(inverted.note()).contains("inverted");
    }

    @Test
    @SuppressWarnings("unchecked")
    void graphHasANodePerEntityAndAnEdgePerDistinctPair() {
        Chart chart = Charts.graph(Fixtures.logons()).source("Account").target("Computer").edgeAttributes("LogonType")
                .build();
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chart.description().get("nodes");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) chart.description().get("edges");
        assertThat(nodes).extracting(n -> n.get("label"))
                .containsExactlyInAnyOrder("alice", "bob", Fixtures.HOSTILE, "web01", "db02");
        assertThat(edges).hasSize(4);
        assertThat(edges).extracting(e -> (String) e.get("tip")).anyMatch(t -> t.startsWith("bob → web01\nrows: 2\n"
                + "LogonType: 10"));
        assertThat(nodes).allSatisfy(n -> assertThat(((Number) n.get("x")).doubleValue()).isBetween(0.0, 1.0));
    }

    @Test
    void mapSkipsRowsWithoutALocationAndClustersWhenAsked() {
        Chart chart = Charts.map(Fixtures.places()).layerBy("Source").build();
        assertThat(series(chart)).extracting(s -> s.get("name")).containsExactly("alerts", "signins");
        assertThat(data(series(chart).get(0))).hasSize(2);
        assertThat(chart.note()).isNull();
        Chart clustered = Charts.map(Fixtures.places()).layerBy("Source").cluster(5).build();
        List<List<Object>> alerts = data(series(clustered).get(0));
        assertThat(alerts).hasSize(1);
        assertThat((String) alerts.get(0).get(2)).startsWith("2 points near 40.72, -74.01");
        assertThat(clustered.note()).isEqualTo("clustered: 4 points in cells of 5°");
    }

    @Test
    void badOptionsSayWhatToDo() {
        assertThatThrownBy(() -> Charts.values(Fixtures.events(5)).build()).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--value-column");
        assertThatThrownBy(() -> Charts.timeline(Fixtures.events(5)).groupBy("Host").build())
                .isInstanceOf(BadInputException.class)
                .hasMessage("no column 'Host' for --group-by: the columns are TimeGenerated, Computer, Account, "
                        + "CommandLine, Bytes");
        assertThatThrownBy(() -> Charts.matrix(Fixtures.logons()).x("Account").y("Computer").aggregate("median"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("count, sum or distinct");
        assertThatThrownBy(() -> Charts.duration(Fixtures.events(5)).build()).hasMessageContaining("--group-by");
        assertThatThrownBy(() -> ChartType.parse("pie")).hasMessageContaining("timeline, values");
    }
}
