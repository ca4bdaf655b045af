package io.huntbook.viz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Model.ChartModel} as the {@code application/vnd.huntbook.chart.v1+json} description. Shape:
 * {@code {"huntbook":"chart","version":1,"type","title","note","width","height","kind", ...body}} where the body is
 * <ul>
 *   <li>{@code cartesian}: {@code x}, {@code y} axes ({@code {"type":"time"|"category"|"value","name","categories"}}),
 *       {@code series} ({@code {"name","mark","color","data"}}, data rows {@code [x, y, tip]} plus the size when
 *       sized, or {@code [x, x2, y, tip]} for ranges), {@code referenceLines} and {@code zoom};</li>
 *   <li>{@code graph}: {@code categories}, {@code colors}, {@code nodes} ({@code id, label, category, x, y, size,
 *       tip}) and {@code edges} ({@code source, target, tip} by node index);</li>
 *   <li>{@code map}: {@code outline} ({@code "world-110m"}) and {@code series} of {@code [lon, lat, tip, size]};</li>
 *   <li>{@code tree}: {@code nodes} ({@code parent, label, tip, color}, depth first) and {@code legend}.</li>
 * </ul>
 * Times are epoch milliseconds; tips are plain text that every view escapes.
 */
final class DescriptionJson {
    private DescriptionJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String write(Model.ChartModel model) {
        try {
            return MAPPER.writeValueAsString(tree(model));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a chart description: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> toMap(Model.ChartModel model) {
        return MAPPER.convertValue(tree(model), new TypeReference<Map<String, Object>>() {});
    }

    static ObjectNode tree(Model.ChartModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("huntbook", "chart");
        root.put("version", 1);
        root.put("type", model.type().id());
        root.put("title", model.title());
        if (model.note() != null) {
            root.put("note", model.note());
        }
        root.put("width", model.width());
        root.put("height", model.height());
        switch (model.body()) {
            case Model.Cartesian c -> cartesian(root, c);
            case Model.Graph g -> graph(root, g);
            case Model.Geo g -> {
                root.put("kind", "map");
                root.put("outline", "world-110m");
                series(root.putArray("series"), g.layers());
            }
            case Model.Tree t -> tree(root, t);
        }
        return root;
    }

    private static void cartesian(ObjectNode root, Model.Cartesian c) {
        root.put("kind", "cartesian");
        axis(root.putObject("x"), c.x());
        axis(root.putObject("y"), c.y());
        series(root.putArray("series"), c.series());
        ArrayNode lines = root.putArray("referenceLines");
        for (Model.RefLine line : c.refLines()) {
            lines.addObject().put("x", line.x()).put("label", line.label());
        }
        root.put("zoom", c.zoom());
    }

    private static void axis(ObjectNode node, Model.Axis axis) {
        node.put("type", axis.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.put("name", axis.name());
        if (axis.kind() == Model.AxisKind.CATEGORY) {
            ArrayNode categories = node.putArray("categories");
            axis.categories().forEach(categories::add);
        }
    }

    private static void series(ArrayNode array, List<Model.Series> series) {
        for (Model.Series s : series) {
            ObjectNode node = array.addObject();
            node.put("name", s.name());
            node.put("mark", s.mark().id);
            node.put("color", s.color());
            node.put("sized", s.size() != null);
            ArrayNode data = node.putArray("data");
            for (int i = 0; i < s.length(); i++) {
                ArrayNode row = data.addArray();
                number(row, s.x()[i]);
                if (s.x2() != null) {
                    number(row, s.x2()[i]);
                }
                number(row, s.y()[i]);
                row.add(s.tips()[i]);
                if (s.size() != null) {
                    number(row, s.size()[i]);
                }
            }
        }
    }

    /** Whole numbers (times, indexes) as integers, so descriptions stay small. */
    private static void number(ArrayNode row, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            row.addNull();
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            row.add((long) value);
        } else {
            row.add(Math.round(value * 1e6) / 1e6);
        }
    }

    private static void graph(ObjectNode root, Model.Graph g) {
        root.put("kind", "graph");
        ArrayNode categories = root.putArray("categories");
        g.categories().forEach(categories::add);
        ArrayNode colors = root.putArray("colors");
        g.colors().forEach(colors::add);
        ArrayNode nodes = root.putArray("nodes");
        for (Model.Node n : g.nodes()) {
            nodes.addObject().put("id", n.id()).put("label", n.label()).put("category", n.category())
                    .put("x", Math.round(n.x() * 10) / 10.0).put("y", Math.round(n.y() * 10) / 10.0)
                    .put("size", Math.round(n.size() * 10) / 10.0).put("tip", n.tip());
        }
        ArrayNode edges = root.putArray("edges");
        for (Model.Edge e : g.edges()) {
            edges.addObject().put("source", e.source()).put("target", e.target()).put("tip", e.tip());
        }
    }

    private static void tree(ObjectNode root, Model.Tree t) {
        root.put("kind", "tree");
        ArrayNode nodes = root.putArray("nodes");
        for (Model.TreeNode n : t.nodes()) {
            nodes.addObject().put("parent", n.parent()).put("label", n.label()).put("tip", n.tip())
                    .put("color", n.color());
        }
        ArrayNode legend = root.putArray("legend");
        for (Model.LegendEntry e : t.legend()) {
            legend.addObject().put("name", e.name()).put("color", e.color());
        }
    }
}
