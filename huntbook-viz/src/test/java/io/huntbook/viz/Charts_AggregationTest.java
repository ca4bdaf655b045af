package io.huntbook.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Beyond the threshold, charts draw counts per time bucket and group, and say so. */
class Charts_AggregationTest {
    @SuppressWarnings("unchecked")
    private static List<List<Object>> points(Chart chart, int series) {
        return (List<List<Object>>) ((List<Map<String, Object>>) chart.description().get("series")).get(series)
                .get("data");
    }

    private static long countOf(List<Object> point) {
        return Long.parseLong(((String) point.get(2)).split(" ")[0].replace(",", ""));
    }

    @Test
    void aTimelineAboveTheThresholdCountsEveryEventOnceInBuckets() {
        Chart chart = Charts.timeline(Fixtures.events(30_000)).groupBy("Computer").build();
        assertThat(chart.note()).isEqualTo(
                "aggregated: 30,000 events (more than 10,000) shown as counts per 15m and Computer");
        List<List<Object>> buckets = points(chart, 0);
        assertThat(buckets.size()).isLessThan(3 * 200);
        assertThat(buckets.stream().mapToLong(Charts_AggregationTest::countOf).sum()).isEqualTo(30_000);
        // each bucket stays on its group's row
        assertThat(buckets).allSatisfy(p -> assertThat((String) p.get(2)).contains(
                List.of(Fixtures.HOSTILE, "db02", "web01").get(((Number) p.get(1)).intValue())));
        // the plain text says it too, for text-only viewers
        assertThat(chart.plainText()).contains("aggregated");
    }

    @Test
    void theSameDataBelowAHigherThresholdIsDrawnEventByEvent() {
        Chart chart = Charts.timeline(Fixtures.events(30_000)).groupBy("Computer").maxPoints(50_000).build();
        assertThat(chart.note()).isNull();
        assertThat(points(chart, 0)).hasSize(30_000);
    }

    @Test
    void valuesAboveTheThresholdAreSummedPerBucket() {
        Chart chart = Charts.values(Fixtures.events(20_000)).valueColumn("Bytes").maxPoints(1_000).build();
        assertThat(chart.note()).startsWith("aggregated: 20,000 values (more than 1,000) summed per ");
        long total = 0;
        for (int i = 0; i < 20_000; i++) {
            total += (i % 7) * 100L;
        }
        assertThat(points(chart, 0).stream().mapToDouble(p -> ((Number) p.get(1)).doubleValue()).sum())
                .isEqualTo((double) total);
    }

    @Test
    void aMillionEventTimelineStaysSmall() {
        Chart chart = Charts.timeline(Fixtures.events(1_000_000)).groupBy("Computer").build();
        assertThat(chart.toJson().length()).isLessThan(500_000);
        assertThat(points(chart, 0).stream().mapToLong(Charts_AggregationTest::countOf).sum()).isEqualTo(1_000_000);
    }
}
