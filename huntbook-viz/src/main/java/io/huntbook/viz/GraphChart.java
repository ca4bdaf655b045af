package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Entities and their links, as MSTICPy's network plots: a node per distinct value of the source and target columns
 * (coloured by column), an edge per distinct pair with its row count and the first row's attribute columns in its
 * tooltip. Beyond {@link #maxNodes} nodes only the best-connected are kept, and the chart says so.
 */
public final class GraphChart extends ChartBuilder<GraphChart> {
    private final DataFrame frame;
    private @Nullable String source;
    private @Nullable String target;
    private final List<String> edgeAttributes = new ArrayList<>();
    private int maxNodes = 300;

    GraphChart(DataFrame frame) {
        this.frame = frame;
    }

    public GraphChart source(String column) {
        this.source = column;
        return this;
    }

    public GraphChart target(String column) {
        this.target = column;
        return this;
    }

    /** Columns shown in each edge's tooltip. */
    public GraphChart edgeAttributes(String... columns) {
        edgeAttributes.addAll(List.of(columns));
        return this;
    }

    public GraphChart maxNodes(int max) {
        if (max < 2) {
            throw new BadInputException("--max-nodes must be at least 2");
        }
        this.maxNodes = max;
        return this;
    }

    @Override
    public Chart build() {
        if (source == null || target == null) {
            throw new BadInputException("a graph needs --source and --target (the columns whose values are linked)");
        }
        String[] from = Columns.labels(frame, source, "--source");
        String[] to = Columns.labels(frame, target, "--target");
        String[] attributes = edgeAttributes.isEmpty() ? null : Columns.tooltips(frame, edgeAttributes);
        // nodes keyed by (column, value): the same text in both columns is one entity seen both ways
        Map<String, Integer> category = new LinkedHashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        Map<String, Integer> pairs = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int r = 0; r < from.length; r++) {
            if (from[r].isEmpty() || to[r].isEmpty()) {
                continue;
            }
            category.putIfAbsent(from[r], 0);
            category.putIfAbsent(to[r], 1);
            String pair = from[r] + "\u0000" + to[r];
            if (pairs.merge(pair, 1, Integer::sum) == 1) {
                firstRow.put(pair, r);
                degree.merge(from[r], 1, Integer::sum);
                degree.merge(to[r], 1, Integer::sum);
            }
        }
        if (category.isEmpty()) {
            throw new BadInputException("nothing to draw: no row has values in both " + source + " and " + target);
        }
        List<String> kept = new ArrayList<>(category.keySet());
        String note = null;
        if (kept.size() > maxNodes) {
            kept.sort((a, b) -> degree.get(b) - degree.get(a) != 0 ? degree.get(b) - degree.get(a) : a.compareTo(b));
            note = "the " + maxNodes + " best-connected of " + count(kept.size()) + " nodes";
            kept = new ArrayList<>(kept.subList(0, maxNodes));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            index.put(kept.get(i), i);
        }
        List<int[]> edgeList = new ArrayList<>();
        List<String> edgeTips = new ArrayList<>();
        for (Map.Entry<String, Integer> pair : pairs.entrySet()) {
            String[] ends = pair.getKey().split("\u0000", 2);
            Integer a = index.get(ends[0]);
            Integer b = index.get(ends[1]);
            if (a == null || b == null) {
                continue;
            }
            edgeList.add(new int[] {a, b});
            int row = firstRow.get(pair.getKey());
            edgeTips.add(ends[0] + " → " + ends[1] + "\nrows: " + pair.getValue()
                    + (attributes == null ? "" : "\n" + attributes[row]));
        }
        double[] pos = GraphLayout.layout(kept.size(), edgeList.stream().mapToInt(e -> e[0]).toArray(),
                edgeList.stream().mapToInt(e -> e[1]).toArray());
        int maxDegree = kept.stream().mapToInt(degree::get).max().orElse(1);
        List<Model.Node> nodes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String name = kept.get(i);
            int cat = category.get(name);
            int d = degree.get(name);
            nodes.add(new Model.Node(name, name, cat, pos[2 * i], pos[2 * i + 1],
                    5 + 10 * Math.sqrt(d / (double) maxDegree),
                    (cat == 0 ? source : target) + ": " + name + "\nlinks: " + d));
        }
        List<Model.Edge> edges = new ArrayList<>();
        for (int e = 0; e < edgeList.size(); e++) {
            edges.add(new Model.Edge(edgeList.get(e)[0], edgeList.get(e)[1], edgeTips.get(e)));
        }
        Model.Graph body = new Model.Graph(List.of(source, target), List.of(Palette.color(0), Palette.color(3)),
                nodes, edges);
        return new Chart(new Model.ChartModel(ChartType.GRAPH, titleOr(source + " → " + target), note, width,
                height > 0 ? height : 640, body));
    }
}
