package io.huntbook.viz;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chart description as typed data: what both views draw. {@link DescriptionJson} writes it as the
 * {@code application/vnd.huntbook.chart.v1+json} description the interactive view reads; {@link StaticPainter} draws
 * it with Java2D. Times are epoch milliseconds (UTC); categories are indexes into the axis' category list.
 */
final class Model {
    private Model() {}

    /** One chart: header plus one body. */
    record ChartModel(ChartType type, String title, @Nullable String note, int width, int height, Body body) {}

    sealed interface Body permits Cartesian, Graph, Geo, Tree {}

    enum AxisKind { TIME, CATEGORY, VALUE }

    record Axis(AxisKind kind, String name, List<String> categories) {
        static Axis time(String name) {
            return new Axis(AxisKind.TIME, name, List.of());
        }

        static Axis value(String name) {
            return new Axis(AxisKind.VALUE, name, List.of());
        }

        static Axis category(String name, List<String> categories) {
            return new Axis(AxisKind.CATEGORY, name, List.copyOf(categories));
        }
    }

    /** How a series is drawn. */
    enum Mark {
        POINT("point"), LINE("line"), BAR("bar"), RANGE("range"), ANOMALY("anomaly"), BASELINE("baseline"),
        CELL("cell");

        final String id;

        Mark(String id) {
            this.id = id;
        }
    }

    /**
     * A series: {@code x[i], y[i]} with an optional marker size ({@code size}, pixels of radius) and range end
     * ({@code x2}, for durations), and a tooltip per point (plain text, lines separated by newlines; escaped by every
     * view).
     */
    record Series(String name, Mark mark, String color, double[] x, double[] y, double @Nullable [] x2,
                  double @Nullable [] size, String[] tips) {
        int length() {
            return x.length;
        }
    }

    /** A vertical line at a time, with a label. */
    record RefLine(double x, String label) {}

    /** Charts on two axes: timelines, values, durations, anomalies, matrices. */
    record Cartesian(Axis x, Axis y, List<Series> series, List<RefLine> refLines, boolean zoom) implements Body {}

    record Node(String id, String label, int category, double x, double y, double size, String tip) {}

    record Edge(int source, int target, String tip) {}

    /** Entity graphs: nodes laid out once (so both views agree), edges by node index. */
    record Graph(List<String> categories, List<String> colors, List<Node> nodes, List<Edge> edges) implements Body {}

    /** Maps: points on the world outline; {@code x} is longitude, {@code y} latitude. */
    record Geo(List<Series> layers) implements Body {}

    /** A process or other hierarchy: nodes in depth-first order, each naming its parent (-1 for a root). */
    record TreeNode(int parent, String label, String tip, String color) {}

    record LegendEntry(String name, String color) {}

    record Tree(List<TreeNode> nodes, List<LegendEntry> legend) implements Body {}
}
