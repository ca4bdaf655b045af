package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * A numeric column over time, as MSTICPy's {@code display_timeline_values}: bars, lines and/or markers, one series per
 * {@code groupBy} value. Beyond {@link #maxPoints} values they are summed per time bucket and group, and the chart says
 * so.
 */
public final class ValuesChart extends ChartBuilder<ValuesChart> {
    /** How values are drawn; several may be combined. */
    public enum Kind { BAR, LINE, MARKER }

    private final DataFrame frame;
    private @Nullable String timeColumn;
    private @Nullable String valueColumn;
    private @Nullable String groupBy;
    private final List<String> tooltip = new ArrayList<>();
    private final Set<Kind> kinds = EnumSet.noneOf(Kind.class);

    ValuesChart(DataFrame frame) {
        this.frame = frame;
    }

    public ValuesChart timeColumn(String column) {
        this.timeColumn = column;
        return this;
    }

    /** The numeric column drawn on the y axis (required). */
    public ValuesChart valueColumn(String column) {
        this.valueColumn = column;
        return this;
    }

    /** One series (colour) per value of this column. */
    public ValuesChart groupBy(String column) {
        this.groupBy = column;
        return this;
    }

    public ValuesChart tooltip(String... columns) {
        tooltip.addAll(List.of(columns));
        return this;
    }

    /** Bars, lines, markers (default: bars). */
    public ValuesChart kind(Kind... kinds) {
        this.kinds.addAll(Arrays.asList(kinds));
        return this;
    }

    /**
     * Kinds by name: {@code bar} ({@code vbar}), {@code line}, {@code marker} ({@code circle}, {@code scatter}).
     *
     * @throws BadInputException for another name
     */
    public ValuesChart kind(String names) {
        for (String name : names.split(",")) {
            kinds.add(switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "bar", "vbar", "bars" -> Kind.BAR;
                case "line", "lines" -> Kind.LINE;
                case "marker", "markers", "circle", "scatter" -> Kind.MARKER;
                default -> throw new BadInputException("unknown --kind '" + name.trim()
                        + "': use bar, line or marker (comma-separated to combine)");
            });
        }
        return this;
    }

    @Override
    public Chart build() {
        if (valueColumn == null) {
            throw new BadInputException("a values chart needs --value-column (the numeric column to draw)");
        }
        String time = Columns.timeColumn(frame, timeColumn);
        double[] times = Columns.times(frame, time);
        double[] values = Columns.numbers(frame, valueColumn, "--value-column");
        String[] groups = groupBy == null ? filled(frame.height(), valueColumn)
                : Columns.labels(frame, groupBy, "--group-by");
        Categories names = Categories.sorted(List.<String[]>of(groups));
        int[] group = names.indexes(groups);
        Set<Kind> drawn = kinds.isEmpty() ? EnumSet.of(Kind.BAR) : kinds;
        long valid = 0;
        for (int r = 0; r < times.length; r++) {
            if (!Double.isNaN(times[r]) && !Double.isNaN(values[r])) {
                valid++;
            }
        }
        if (valid == 0) {
            throw new BadInputException("nothing to draw: no row has both a time in " + time + " and a number in "
                    + valueColumn);
        }
        List<Model.Series> series = new ArrayList<>();
        String note = null;
        double[][] xs = new double[names.size()][];
        double[][] ys = new double[names.size()][];
        String[][] tips = new String[names.size()][];
        if (valid <= maxPoints) {
            List<String> tipNames = new ArrayList<>(List.of(time, valueColumn));
            if (groupBy != null) {
                tipNames.add(groupBy);
            }
            tooltip.stream().filter(c -> !tipNames.contains(c)).forEach(tipNames::add);
            String[] rowTips = TimelineChart.timeTips(frame, tipNames, time, times);
            for (int g = 0; g < names.size(); g++) {
                List<Integer> rows = new ArrayList<>();
                for (int r = 0; r < times.length; r++) {
                    if (group[r] == g && !Double.isNaN(times[r]) && !Double.isNaN(values[r])) {
                        rows.add(r);
                    }
                }
                rows.sort((a, b) -> Double.compare(times[a], times[b]));
                xs[g] = rows.stream().mapToDouble(r -> times[r]).toArray();
                ys[g] = rows.stream().mapToDouble(r -> values[r]).toArray();
                tips[g] = rows.stream().map(r -> rowTips[r]).toArray(String[]::new);
            }
        } else {
            double[] masked = times.clone();
            for (int r = 0; r < masked.length; r++) {
                if (Double.isNaN(values[r])) {
                    masked[r] = Double.NaN;
                }
            }
            Buckets buckets = Buckets.of(masked, group, names.size(), values);
            for (int g = 0; g < names.size(); g++) {
                List<Map.Entry<Long, double[]>> cells = new ArrayList<>();
                for (Map.Entry<Long, double[]> cell : buckets.cells.entrySet()) {
                    if (Buckets.categoryOf(cell.getKey()) == g) {
                        cells.add(cell);
                    }
                }
                xs[g] = new double[cells.size()];
                ys[g] = new double[cells.size()];
                tips[g] = new String[cells.size()];
                for (int k = 0; k < cells.size(); k++) {
                    double start = buckets.bucketStart(cells.get(k).getKey());
                    xs[g][k] = start + buckets.step / 2.0;
                    ys[g][k] = cells.get(k).getValue()[1];
                    tips[g][k] = names.names().get(g) + "\nsum " + valueColumn + ": " + Columns.label(ys[g][k])
                            + " over " + count((long) cells.get(k).getValue()[0]) + " rows\nfrom "
                            + TimeSteps.iso(start) + "\nto " + TimeSteps.iso(start + buckets.step);
                }
            }
            note = "aggregated: " + count(valid) + " values (more than " + count(maxPoints) + ") summed per "
                    + TimeSteps.describe(buckets.step) + (groupBy == null ? "" : " and " + groupBy);
        }
        for (int g = 0; g < names.size(); g++) {
            String color = Palette.color(g);
            for (Kind kind : drawn) {
                Model.Mark mark = switch (kind) {
                    case BAR -> Model.Mark.BAR;
                    case LINE -> Model.Mark.LINE;
                    case MARKER -> Model.Mark.POINT;
                };
                series.add(new Model.Series(names.names().get(g), mark, color, xs[g], ys[g], null, null, tips[g]));
            }
        }
        Model.Cartesian body = new Model.Cartesian(Model.Axis.time(time), Model.Axis.value(valueColumn), series,
                List.of(), true);
        return new Chart(new Model.ChartModel(ChartType.VALUES, titleOr("Values of " + valueColumn), note, width,
                height > 0 ? height : 420, body));
    }

    static String[] filled(int n, String value) {
        String[] out = new String[n];
        Arrays.fill(out, value);
        return out;
    }
}
