package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Events on a time axis, as MSTICPy's {@code display_timeline}: one row per {@code groupBy} value (or per data set
 * without one), tooltips from chosen columns, several data sets in their own colours, reference lines, range zoom.
 * Beyond {@link #maxPoints} events the marks become counts per time bucket and row, and the chart says so.
 */
public final class TimelineChart extends ChartBuilder<TimelineChart> {
    private final Map<String, DataFrame> dataSets = new LinkedHashMap<>();
    private @Nullable String timeColumn;
    private @Nullable String groupBy;
    private final List<String> tooltip = new ArrayList<>();
    private final List<Model.RefLine> refLines = new ArrayList<>();
    private boolean zoom = true;

    TimelineChart(DataFrame events, String name) {
        dataSets.put(name, events);
    }

    /** The column of event times (default: TimeGenerated, or the first column of times). */
    public TimelineChart timeColumn(String column) {
        this.timeColumn = column;
        return this;
    }

    /** One row of the chart per value of this column. */
    public TimelineChart groupBy(String column) {
        this.groupBy = column;
        return this;
    }

    /** Columns shown in each event's tooltip (MSTICPy's {@code source_columns}). */
    public TimelineChart tooltip(String... columns) {
        tooltip.addAll(List.of(columns));
        return this;
    }

    /** Another data set, drawn in its own colour (MSTICPy's dictionary of data sets). */
    public TimelineChart overlay(String name, DataFrame events) {
        if (dataSets.containsKey(name)) {
            throw new BadInputException("a data set named '" + name + "' is already on this timeline");
        }
        dataSets.put(name, events);
        return this;
    }

    /** A vertical line at {@code time}, labelled (MSTICPy's {@code ref_event}/{@code ref_time}). */
    public TimelineChart referenceLine(Instant time, String label) {
        refLines.add(new Model.RefLine(time.toEpochMilli(), label));
        return this;
    }

    /** Whether the interactive view offers a range zoom (default true). */
    public TimelineChart zoom(boolean zoom) {
        this.zoom = zoom;
        return this;
    }

    @Override
    public Chart build() {
        List<String[]> groupColumns = new ArrayList<>();
        List<double[]> timeColumns = new ArrayList<>();
        List<String[]> tipColumns = new ArrayList<>();
        String axisName = groupBy == null ? "data set" : groupBy;
        String firstTimeColumn = null;
        long total = 0;
        for (Map.Entry<String, DataFrame> set : dataSets.entrySet()) {
            DataFrame frame = set.getValue();
            String time = Columns.timeColumn(frame, timeColumn);
            firstTimeColumn = firstTimeColumn == null ? time : firstTimeColumn;
            double[] times = Columns.times(frame, time);
            timeColumns.add(times);
            String[] groups;
            if (groupBy == null) {
                groups = new String[frame.height()];
                java.util.Arrays.fill(groups, set.getKey());
            } else {
                groups = Columns.labels(frame, groupBy, "--group-by");
            }
            groupColumns.add(groups);
            List<String> tipNames = new ArrayList<>();
            tipNames.add(time);
            if (groupBy != null) {
                tipNames.add(groupBy);
            }
            for (String column : tooltip) {
                // overlays may differ in columns: a tooltip column shows where a data set has it
                boolean here = frame.getColumnsIndex().contains(column);
                if (!here && !inAnyDataSet(column)) {
                    Columns.column(frame, column, "--tooltip");
                }
                if (here && !tipNames.contains(column)) {
                    tipNames.add(column);
                }
            }
            tipColumns.add(null);
            total += countTimes(times);
            if (total <= maxPoints) {
                tipColumns.set(tipColumns.size() - 1, timeTips(frame, tipNames, time, times));
            }
        }
        if (total == 0) {
            throw new BadInputException("nothing to draw: no row has a readable time in column "
                    + (timeColumn == null ? firstTimeColumn : timeColumn));
        }
        Categories rows = Categories.sorted(groupColumns);
        List<Model.Series> series = new ArrayList<>();
        String note = null;
        int i = 0;
        if (total <= maxPoints) {
            for (String name : dataSets.keySet()) {
                series.add(points(name, Palette.color(i), timeColumns.get(i), rows.indexes(groupColumns.get(i)),
                        tipColumns.get(i)));
                i++;
            }
        } else {
            long step = 0;
            for (String name : dataSets.keySet()) {
                Buckets buckets = Buckets.of(timeColumns.get(i), rows.indexes(groupColumns.get(i)), rows.size(), null);
                step = buckets.step;
                series.add(counts(name, Palette.color(i), buckets, rows));
                i++;
            }
            note = "aggregated: " + count(total) + " events (more than " + count(maxPoints)
                    + ") shown as counts per " + TimeSteps.describe(step) + " and " + axisName;
        }
        Model.Cartesian body = new Model.Cartesian(Model.Axis.time(firstTimeColumn),
                Model.Axis.category(axisName, rows.names()), series, List.copyOf(refLines), zoom);
        return new Chart(new Model.ChartModel(ChartType.TIMELINE, titleOr("Timeline"), note, width,
                heightFor(rows.size()), body));
    }

    private boolean inAnyDataSet(String column) {
        return dataSets.values().stream().anyMatch(f -> f.getColumnsIndex().contains(column));
    }

    private static long countTimes(double[] times) {
        long n = 0;
        for (double t : times) {
            if (!Double.isNaN(t)) {
                n++;
            }
        }
        return n;
    }

    /** Tooltips: the time as ISO-8601 first, then the other columns. */
    static String[] timeTips(DataFrame frame, List<String> names, String timeName, double[] times) {
        String[] rest = Columns.tooltips(frame, names.subList(1, names.size()));
        String[] out = new String[times.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = timeName + ": " + TimeSteps.iso(times[r]) + (rest[r].isEmpty() ? "" : "\n" + rest[r]);
        }
        return out;
    }

    private static Model.Series points(String name, String color, double[] times, int[] rows, String[] tips) {
        int n = (int) countTimes(times);
        double[] x = new double[n];
        double[] y = new double[n];
        String[] t = new String[n];
        int k = 0;
        for (int r = 0; r < times.length; r++) {
            if (!Double.isNaN(times[r])) {
                x[k] = times[r];
                y[k] = rows[r];
                t[k] = tips[r];
                k++;
            }
        }
        return new Model.Series(name, Model.Mark.POINT, color, x, y, null, null, t);
    }

    private static Model.Series counts(String name, String color, Buckets buckets, Categories rows) {
        int n = buckets.cells.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] size = new double[n];
        String[] tips = new String[n];
        int k = 0;
        for (Map.Entry<Long, double[]> cell : buckets.cells.entrySet()) {
            double start = buckets.bucketStart(cell.getKey());
            int row = Buckets.categoryOf(cell.getKey());
            double events = cell.getValue()[0];
            x[k] = start + buckets.step / 2.0;
            y[k] = row;
            size[k] = buckets.radius(events);
            tips[k] = count((long) events) + " events\n" + rows.names().get(row) + "\nfrom " + TimeSteps.iso(start)
                    + "\nto " + TimeSteps.iso(start + buckets.step);
            k++;
        }
        return new Model.Series(name, Model.Mark.POINT, color, x, y, null, size, tips);
    }
}
