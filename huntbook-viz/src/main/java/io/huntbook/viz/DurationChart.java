package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * How long each group was active, as MSTICPy's {@code display_timeline_duration}: one bar per {@code groupBy} value
 * from its first to its last event (or, with an end column, one bar per row from its start to its end).
 */
public final class DurationChart extends ChartBuilder<DurationChart> {
    private final DataFrame frame;
    private @Nullable String timeColumn;
    private @Nullable String endColumn;
    private @Nullable String groupBy;
    private final List<Model.RefLine> refLines = new ArrayList<>();

    DurationChart(DataFrame frame) {
        this.frame = frame;
    }

    public DurationChart timeColumn(String column) {
        this.timeColumn = column;
        return this;
    }

    /** Each row is one interval from its time to this column's time. */
    public DurationChart endColumn(String column) {
        this.endColumn = column;
        return this;
    }

    /** One bar per value of this column (required). */
    public DurationChart groupBy(String column) {
        this.groupBy = column;
        return this;
    }

    public DurationChart referenceLine(java.time.Instant time, String label) {
        refLines.add(new Model.RefLine(time.toEpochMilli(), label));
        return this;
    }

    @Override
    public Chart build() {
        if (groupBy == null) {
            throw new BadInputException("a duration chart needs --group-by (one bar per value of that column)");
        }
        String time = Columns.timeColumn(frame, timeColumn);
        double[] starts = Columns.times(frame, time);
        double[] ends = endColumn == null ? starts : Columns.times(frame, endColumn);
        String[] groups = Columns.labels(frame, groupBy, "--group-by");
        Categories rows = Categories.sorted(List.<String[]>of(groups));
        int[] row = rows.indexes(groups);
        List<double[]> ranges = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        String note = null;
        if (endColumn == null) {
            double[] first = new double[rows.size()];
            double[] last = new double[rows.size()];
            long[] events = new long[rows.size()];
            java.util.Arrays.fill(first, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(last, Double.NEGATIVE_INFINITY);
            for (int r = 0; r < starts.length; r++) {
                if (!Double.isNaN(starts[r])) {
                    first[row[r]] = Math.min(first[row[r]], starts[r]);
                    last[row[r]] = Math.max(last[row[r]], starts[r]);
                    events[row[r]]++;
                }
            }
            for (int g = 0; g < rows.size(); g++) {
                if (events[g] > 0) {
                    ranges.add(new double[] {first[g], last[g], g});
                    tips.add(groupBy + ": " + rows.names().get(g) + "\nfirst: " + TimeSteps.iso(first[g]) + "\nlast: "
                            + TimeSteps.iso(last[g]) + "\nevents: " + count(events[g]));
                }
            }
        } else {
            for (int r = 0; r < starts.length && ranges.size() < maxPoints; r++) {
                if (!Double.isNaN(starts[r]) && !Double.isNaN(ends[r])) {
                    ranges.add(new double[] {Math.min(starts[r], ends[r]), Math.max(starts[r], ends[r]), row[r]});
                    tips.add(groupBy + ": " + groups[r] + "\n" + time + ": " + TimeSteps.iso(starts[r]) + "\n"
                            + endColumn + ": " + TimeSteps.iso(ends[r]));
                }
            }
            if (ranges.size() == maxPoints) {
                note = "truncated: the first " + count(maxPoints) + " intervals of " + count(starts.length) + " rows";
            }
        }
        if (ranges.isEmpty()) {
            throw new BadInputException("nothing to draw: no row has a readable time in " + time);
        }
        double[] x = ranges.stream().mapToDouble(r -> r[0]).toArray();
        double[] x2 = ranges.stream().mapToDouble(r -> r[1]).toArray();
        double[] y = ranges.stream().mapToDouble(r -> r[2]).toArray();
        Model.Series series = new Model.Series(groupBy, Model.Mark.RANGE, Palette.color(0), x, y, x2, null,
                tips.toArray(String[]::new));
        Model.Cartesian body = new Model.Cartesian(Model.Axis.time(time), Model.Axis.category(groupBy, rows.names()),
                List.of(series), List.copyOf(refLines), true);
        return new Chart(new Model.ChartModel(ChartType.DURATION, titleOr("Activity by " + groupBy), note, width,
                heightFor(rows.size()), body));
    }
}
