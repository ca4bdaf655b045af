package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Pairs of values as a grid of circles, as MSTICPy's {@code plot_matrix}: x by y, each circle sized by the count of
 * rows, the sum of a value column or the number of its distinct values; optionally log-scaled, or inverted so that
 * rare pairs stand out. At most {@link #maxCategories} values per axis (the most frequent), and the chart says so.
 */
public final class MatrixChart extends ChartBuilder<MatrixChart> {
    /** What a cell's size measures. */
    public enum Aggregate { COUNT, SUM, DISTINCT }

    private final DataFrame frame;
    private @Nullable String x;
    private @Nullable String y;
    private @Nullable String valueColumn;
    private Aggregate aggregate = Aggregate.COUNT;
    private boolean log;
    private boolean invert;
    private int maxCategories = 50;

    MatrixChart(DataFrame frame) {
        this.frame = frame;
    }

    public MatrixChart x(String column) {
        this.x = column;
        return this;
    }

    public MatrixChart y(String column) {
        this.y = column;
        return this;
    }

    /** The column summed or counted distinctly (needed for {@code sum} and {@code distinct}). */
    public MatrixChart valueColumn(String column) {
        this.valueColumn = column;
        return this;
    }

    public MatrixChart aggregate(Aggregate aggregate) {
        this.aggregate = aggregate;
        return this;
    }

    /**
     * {@code count}, {@code sum} or {@code distinct}.
     *
     * @throws BadInputException for another name
     */
    public MatrixChart aggregate(String name) {
        return aggregate(switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "count" -> Aggregate.COUNT;
            case "sum" -> Aggregate.SUM;
            case "distinct", "nunique", "distinct-count" -> Aggregate.DISTINCT;
            default -> throw new BadInputException("unknown --agg '" + name + "': use count, sum or distinct");
        });
    }

    /** Sizes on a log scale, for counts spanning orders of magnitude. */
    public MatrixChart log(boolean log) {
        this.log = log;
        return this;
    }

    /** Large circles for small values, so rare pairs stand out. */
    public MatrixChart invert(boolean invert) {
        this.invert = invert;
        return this;
    }

    public MatrixChart maxCategories(int max) {
        if (max < 1) {
            throw new BadInputException("--max-categories must be at least 1");
        }
        this.maxCategories = max;
        return this;
    }

    @Override
    public Chart build() {
        if (x == null || y == null) {
            throw new BadInputException("a matrix needs --x and --y (the two columns to pair)");
        }
        if (aggregate != Aggregate.COUNT && valueColumn == null) {
            throw new BadInputException("--agg " + aggregate.name().toLowerCase(Locale.ROOT)
                    + " needs --value-column");
        }
        String[] xs = Columns.labels(frame, x, "--x");
        String[] ys = Columns.labels(frame, y, "--y");
        double[] numbers = aggregate == Aggregate.SUM ? Columns.numbers(frame, valueColumn, "--value-column") : null;
        String[] distinct = aggregate == Aggregate.DISTINCT ? Columns.labels(frame, valueColumn, "--value-column") : null;
        Categories xc = top(xs);
        Categories yc = top(ys);
        Map<Long, double[]> cells = new LinkedHashMap<>();
        Map<Long, Set<String>> seen = new HashMap<>();
        for (int r = 0; r < xs.length; r++) {
            int i = xc.indexOf(xs[r]);
            int j = yc.indexOf(ys[r]);
            if (i < 0 || j < 0) {
                continue;
            }
            long key = (long) i << 32 | j;
            double[] cell = cells.computeIfAbsent(key, k -> new double[2]);
            cell[0]++;
            switch (aggregate) {
                case COUNT -> cell[1]++;
                case SUM -> cell[1] += Double.isNaN(numbers[r]) ? 0 : numbers[r];
                case DISTINCT -> {
                    if (seen.computeIfAbsent(key, k -> new HashSet<>()).add(distinct[r])) {
                        cell[1]++;
                    }
                }
            }
        }
        if (cells.isEmpty()) {
            throw new BadInputException("nothing to draw: the table has no rows");
        }
        double max = cells.values().stream().mapToDouble(c -> scale(c[1])).max().orElse(1);
        double min = cells.values().stream().mapToDouble(c -> scale(c[1])).min().orElse(0);
        int n = cells.size();
        double[] px = new double[n];
        double[] py = new double[n];
        double[] size = new double[n];
        String[] tips = new String[n];
        String measure = switch (aggregate) {
            case COUNT -> "rows";
            case SUM -> "sum of " + valueColumn;
            case DISTINCT -> "distinct " + valueColumn;
        };
        int k = 0;
        for (Map.Entry<Long, double[]> cell : cells.entrySet()) {
            int i = (int) (cell.getKey() >>> 32);
            int j = (int) (cell.getKey() & 0xFFFFFFFFL);
            px[k] = i;
            py[k] = j;
            double v = scale(cell.getValue()[1]);
            double fraction = max == min ? 1 : (v - min) / (max - min);
            if (invert) {
                fraction = 1 - fraction;
            }
            size[k] = 2 + 12 * Math.sqrt(Math.max(0.02, fraction));
            tips[k] = x + ": " + xc.names().get(i) + "\n" + y + ": " + yc.names().get(j) + "\n" + measure + ": "
                    + Columns.label(cell.getValue()[1]);
            k++;
        }
        List<String> notes = new ArrayList<>();
        if (xc.size() < distinctCount(xs)) {
            notes.add("the " + maxCategories + " most frequent of " + distinctCount(xs) + " " + x + " values");
        }
        if (yc.size() < distinctCount(ys)) {
            notes.add("the " + maxCategories + " most frequent of " + distinctCount(ys) + " " + y + " values");
        }
        if (log) {
            notes.add("sizes on a log scale");
        }
        if (invert) {
            notes.add("inverted: larger circles are rarer pairs");
        }
        Model.Series series = new Model.Series(measure, Model.Mark.CELL, Palette.color(0), px, py, null, size, tips);
        Model.Cartesian body = new Model.Cartesian(Model.Axis.category(x, xc.names()),
                Model.Axis.category(y, yc.names()), List.of(series), List.of(), false);
        return new Chart(new Model.ChartModel(ChartType.MATRIX, titleOr(y + " by " + x),
                notes.isEmpty() ? null : String.join("; ", notes), width, heightFor(yc.size()) + 60, body));
    }

    private double scale(double v) {
        return log ? Math.log1p(Math.max(0, v)) : v;
    }

    private static long distinctCount(String[] labels) {
        return java.util.Arrays.stream(labels).distinct().count();
    }

    /** The most frequent values (ties by name), sorted by name for reading. */
    private Categories top(String[] labels) {
        Map<String, Integer> counts = new HashMap<>();
        for (String label : labels) {
            counts.merge(label, 1, Integer::sum);
        }
        List<String> names = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(maxCategories).map(Map.Entry::getKey).sorted(Comparator.naturalOrder()).toList();
        return Categories.of(names);
    }
}
