package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * A time series with its baseline and anomalies marked, as MSTICPy's {@code display_timeseries_anomalies}: the value
 * column as a line (default {@code Total}), the baseline dashed (default {@code baseline}, when present) and each row
 * whose anomalies column is non-zero (default {@code anomalies}) as a red marker.
 */
public final class AnomaliesChart extends ChartBuilder<AnomaliesChart> {
    private final DataFrame frame;
    private @Nullable String timeColumn;
    private String valueColumn = "Total";
    private @Nullable String baselineColumn;
    private String anomaliesColumn = "anomalies";

    AnomaliesChart(DataFrame frame) {
        this.frame = frame;
    }

    public AnomaliesChart timeColumn(String column) {
        this.timeColumn = column;
        return this;
    }

    public AnomaliesChart valueColumn(String column) {
        this.valueColumn = column;
        return this;
    }

    public AnomaliesChart baselineColumn(String column) {
        this.baselineColumn = column;
        return this;
    }

    /** Rows where this column is non-zero (or true) are anomalies. */
    public AnomaliesChart anomaliesColumn(String column) {
        this.anomaliesColumn = column;
        return this;
    }

    @Override
    public Chart build() {
        String time = Columns.timeColumn(frame, timeColumn);
        double[] times = Columns.times(frame, time);
        double[] values = Columns.numbers(frame, valueColumn, "--value-column");
        double[] flags = Columns.numbers(frame, anomaliesColumn, "--anomalies-column");
        List<String> names = Arrays.asList(frame.getColumnsIndex().toArray());
        String baseline = baselineColumn != null ? baselineColumn : names.contains("baseline") ? "baseline" : null;
        double[] base = baseline == null ? null : Columns.numbers(frame, baseline, "--baseline-column");
        Integer[] order = new Integer[times.length];
        int n = 0;
        for (int r = 0; r < times.length; r++) {
            if (!Double.isNaN(times[r]) && !Double.isNaN(values[r])) {
                order[n++] = r;
            }
        }
        if (n == 0) {
            throw new BadInputException("nothing to draw: no row has both a time in " + time + " and a number in "
                    + valueColumn);
        }
        Integer[] rows = Arrays.copyOf(order, n);
        Arrays.sort(rows, (a, b) -> Double.compare(times[a], times[b]));
        int stride = (int) Math.ceil(n / (double) maxPoints);
        String note = stride > 1 ? "thinned: every " + stride + "th of " + count(n)
                + " values drawn as the line (all anomalies kept)" : null;
        List<String> tipNames = new ArrayList<>(List.of(time, valueColumn));
        if (baseline != null) {
            tipNames.add(baseline);
        }
        tipNames.add(anomaliesColumn);
        if (names.contains("score") && !tipNames.contains("score")) {
            tipNames.add("score");
        }
        String[] tips = TimelineChart.timeTips(frame, tipNames, time, times);
        List<Model.Series> series = new ArrayList<>();
        series.add(select(valueColumn, Model.Mark.LINE, Palette.color(0), rows, stride, times, values, tips, r -> true));
        if (base != null) {
            series.add(select(baseline, Model.Mark.BASELINE, Palette.BASELINE, rows, stride, times, base, tips,
                    r -> !Double.isNaN(base[r])));
        }
        series.add(select("anomalies", Model.Mark.ANOMALY, Palette.ANOMALY, rows, 1, times, values, tips,
                r -> !Double.isNaN(flags[r]) && flags[r] != 0));
        Model.Cartesian body = new Model.Cartesian(Model.Axis.time(time), Model.Axis.value(valueColumn), series,
                List.of(), true);
        return new Chart(new Model.ChartModel(ChartType.ANOMALIES, titleOr("Time series anomalies"), note, width,
                height > 0 ? height : 420, body));
    }

    private static Model.Series select(String name, Model.Mark mark, String color, Integer[] rows, int stride,
                                       double[] times, double[] values, String[] tips,
                                       java.util.function.IntPredicate keep) {
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if ((stride == 1 || i % stride == 0) && keep.test(rows[i])) {
                picked.add(rows[i]);
            }
        }
        return new Model.Series(name, mark, color, picked.stream().mapToDouble(r -> times[r]).toArray(),
                picked.stream().mapToDouble(r -> values[r]).toArray(), null, null,
                picked.stream().map(r -> tips[r]).toArray(String[]::new));
    }
}
