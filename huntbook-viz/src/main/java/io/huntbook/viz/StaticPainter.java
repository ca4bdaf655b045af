package io.huntbook.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The static view: draws a {@link Model.ChartModel} on any {@link Graphics2D}, so PNG (a {@link BufferedImage}) and
 * SVG (JFreeSVG) come from the same code. Pure Java2D, no window: it runs with {@code java.awt.headless=true}.
 */
final class StaticPainter {
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color MUTED = new Color(0x6e, 0x70, 0x79);
    private static final Color GRID = new Color(0xe8, 0xe8, 0xe8);
    private static final Color AXIS = new Color(0x99, 0x99, 0x99);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 12);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static final java.util.concurrent.atomic.AtomicLong SVG_IDS = new java.util.concurrent.atomic.AtomicLong();

    private final Model.ChartModel model;
    private final Graphics2D g;

    private StaticPainter(Model.ChartModel model, Graphics2D g) {
        this.model = model;
        this.g = g;
    }

    static {
        // no display is ever needed; set before the first AWT class initialises
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static BufferedImage image(Model.ChartModel model) {
        BufferedImage image = new BufferedImage(model.width(), model.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            new StaticPainter(model, g).paint();
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] png(Model.ChartModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(model), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static String svg(Model.ChartModel model) {
        SVGGraphics2D g = new SVGGraphics2D(model.width(), model.height());
        // clip ids stay unique when several charts' SVGs end up in one page
        g.setDefsKeyPrefix("hb" + SVG_IDS.incrementAndGet() + "-");
        new StaticPainter(model, g).paint();
        // the element alone: no DOCTYPE naming a DTD on the network, and a viewBox so it scales
        return g.getSVGElement(null, true, new ViewBox(0, 0, model.width(), model.height()), null, null) + "\n";
    }

    private void paint() {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, model.width(), model.height());
        int top = header();
        switch (model.body()) {
            case Model.Cartesian c -> new CartesianPainter(c, top).paint();
            case Model.Graph graph -> paintGraph(graph, top);
            case Model.Geo geo -> paintMap(geo, top);
            case Model.Tree tree -> paintTree(tree, top);
        }
    }

    /** Title and note; returns the y where the body starts. */
    private int header() {
        g.setFont(TITLE);
        g.setColor(TEXT);
        centered(model.title(), 24);
        int y = 36;
        if (model.note() != null) {
            g.setFont(NOTE);
            g.setColor(MUTED);
            centered(model.note(), 46);
            y = 56;
        }
        return y;
    }

    private void centered(String text, int baseline) {
        String shown = fit(text, model.width() - 20);
        g.drawString(shown, (model.width() - g.getFontMetrics().stringWidth(shown)) / 2f, baseline);
    }

    /** Cuts {@code text} with an ellipsis to fit {@code width} pixels in the current font. */
    private String fit(String text, int width) {
        String flat = text.replace('\n', ' ');
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(flat) <= width) {
            return flat;
        }
        int end = flat.length();
        while (end > 0 && metrics.stringWidth(flat.substring(0, end) + "…") > width) {
            end--;
        }
        return flat.substring(0, end) + "…";
    }

    /** A row of legend entries starting at y; returns the y below it. */
    private int legend(List<Model.LegendEntry> entries, int y) {
        if (entries.isEmpty()) {
            return y;
        }
        g.setFont(LABEL);
        int x = 16;
        int row = y + 12;
        for (Model.LegendEntry entry : entries) {
            String name = fit(entry.name(), 200);
            int w = 18 + g.getFontMetrics().stringWidth(name) + 16;
            if (x + w > model.width() - 10 && x > 16) {
                x = 16;
                row += 18;
            }
            g.setColor(Palette.awt(entry.color()));
            g.fill(new Ellipse2D.Double(x, row - 9, 10, 10));
            g.setColor(TEXT);
            g.drawString(name, x + 15, row);
            x += w;
        }
        return row + 10;
    }

    private static List<Model.LegendEntry> legendOf(List<Model.Series> series) {
        List<Model.LegendEntry> entries = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Model.Series s : series) {
            if (!seen.contains(s.name())) {
                seen.add(s.name());
                entries.add(new Model.LegendEntry(s.name(), s.color()));
            }
        }
        return entries.size() > 1 ? entries : List.of();
    }

    private void fillCircle(double x, double y, double r, Color color) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    /** Timelines, values, durations, anomalies and matrices. */
    private final class CartesianPainter {
        private final Model.Cartesian c;
        private final int top;
        private double x0, x1, y0, y1;
        private int left, right, plotTop, bottom;

        CartesianPainter(Model.Cartesian c, int top) {
            this.c = c;
            this.top = top;
        }

        void paint() {
            plotTop = legend(legendOf(c.series()), top) + 10;
            range();
            g.setFont(LABEL);
            left = 16 + yLabelWidth() + (c.y().kind() == Model.AxisKind.VALUE ? 16 : 0);
            right = model.width() - 24;
            bottom = model.height() - 44;
            if (bottom - plotTop < 40) {
                bottom = plotTop + 40;
            }
            axes();
            Shape clip = g.getClip();
            g.clip(new Rectangle2D.Double(left - 14, plotTop - 14, right - left + 28, bottom - plotTop + 28));
            for (Model.Series s : c.series()) {
                series(s);
            }
            g.setClip(clip);
            for (Model.RefLine line : c.refLines()) {
                double x = px(line.x());
                g.setColor(Palette.awt(Palette.ANOMALY));
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
                g.draw(new Line2D.Double(x, plotTop, x, bottom));
                g.setStroke(new BasicStroke(1));
                g.drawString(fit(line.label(), 200), (float) x + 4, plotTop + 12);
            }
        }

        private void range() {
            x0 = Double.POSITIVE_INFINITY;
            x1 = Double.NEGATIVE_INFINITY;
            y0 = Double.POSITIVE_INFINITY;
            y1 = Double.NEGATIVE_INFINITY;
            for (Model.Series s : c.series()) {
                for (int i = 0; i < s.length(); i++) {
                    x0 = Math.min(x0, s.x()[i]);
                    x1 = Math.max(x1, s.x2() == null ? s.x()[i] : s.x2()[i]);
                    y0 = Math.min(y0, s.y()[i]);
                    y1 = Math.max(y1, s.y()[i]);
                }
                if (s.mark() == Model.Mark.BAR) {
                    y0 = Math.min(y0, 0);
                    y1 = Math.max(y1, 0);
                }
            }
            for (Model.RefLine line : c.refLines()) {
                x0 = Math.min(x0, line.x());
                x1 = Math.max(x1, line.x());
            }
            if (c.x().kind() == Model.AxisKind.CATEGORY) {
                x0 = -0.5;
                x1 = c.x().categories().size() - 0.5;
            } else {
                double pad = x1 > x0 ? (x1 - x0) * 0.02 : 60_000;
                x0 -= pad;
                x1 += pad;
            }
            if (c.y().kind() == Model.AxisKind.CATEGORY) {
                y0 = -0.5;
                y1 = c.y().categories().size() - 0.5;
            } else {
                double pad = y1 > y0 ? (y1 - y0) * 0.05 : Math.max(1, Math.abs(y0) * 0.1);
                y0 = y0 == 0 ? 0 : y0 - pad;
                y1 += pad;
            }
        }

        double px(double x) {
            return left + (x - x0) / (x1 - x0) * (right - left);
        }

        double py(double y) {
            double f = (y - y0) / (y1 - y0);
            // categories read top-down, as in the interactive view; values bottom-up
            return c.y().kind() == Model.AxisKind.CATEGORY ? plotTop + f * (bottom - plotTop) : bottom - f * (bottom - plotTop);
        }

        private int yLabelWidth() {
            FontMetrics metrics = g.getFontMetrics();
            int width = 0;
            for (String label : yLabels()) {
                width = Math.max(width, metrics.stringWidth(label));
            }
            return Math.min(180, width);
        }

        private List<String> yLabels() {
            if (c.y().kind() == Model.AxisKind.CATEGORY) {
                return c.y().categories();
            }
            List<String> labels = new ArrayList<>();
            for (double v : ticks(y0, y1, 6)) {
                labels.add(number(v));
            }
            return labels;
        }

        private void axes() {
            g.setFont(LABEL);
            FontMetrics metrics = g.getFontMetrics();
            g.setStroke(new BasicStroke(1));
            // y axis: grid lines and labels
            if (c.y().kind() == Model.AxisKind.CATEGORY) {
                List<String> categories = c.y().categories();
                int every = Math.max(1, (int) Math.ceil(categories.size() * 14.0 / Math.max(1, bottom - plotTop)));
                for (int i = 0; i < categories.size(); i++) {
                    double y = py(i);
                    g.setColor(GRID);
                    g.draw(new Line2D.Double(left, y, right, y));
                    if (i % every == 0) {
                        g.setColor(TEXT);
                        String label = fit(categories.get(i), 180);
                        g.drawString(label, left - 8 - metrics.stringWidth(label), (float) y + 4);
                    }
                }
            } else {
                for (double v : ticks(y0, y1, 6)) {
                    double y = py(v);
                    g.setColor(GRID);
                    g.draw(new Line2D.Double(left, y, right, y));
                    g.setColor(TEXT);
                    String label = number(v);
                    g.drawString(label, left - 8 - metrics.stringWidth(label), (float) y + 4);
                }
                g.setColor(MUTED);
                drawVertical(c.y().name(), 12, (plotTop + bottom) / 2);
            }
            // x axis
            g.setColor(AXIS);
            g.draw(new Line2D.Double(left, bottom, right, bottom));
            g.draw(new Line2D.Double(left, plotTop, left, bottom));
            if (c.x().kind() == Model.AxisKind.TIME) {
                long step = TimeSteps.step(x1 - x0, Math.max(2, (right - left) / 110));
                for (double t = Math.ceil(x0 / step) * step; t <= x1; t += step) {
                    double x = px(t);
                    g.setColor(AXIS);
                    g.draw(new Line2D.Double(x, bottom, x, bottom + 4));
                    g.setColor(TEXT);
                    String label = TimeSteps.label(t, step);
                    g.drawString(label, (float) (x - metrics.stringWidth(label) / 2.0), bottom + 17);
                }
            } else if (c.x().kind() == Model.AxisKind.CATEGORY) {
                List<String> categories = c.x().categories();
                double slot = (right - left) / (double) Math.max(1, categories.size());
                int every = Math.max(1, (int) Math.ceil(60 / slot));
                for (int i = 0; i < categories.size(); i++) {
                    double x = px(i);
                    g.setColor(GRID);
                    g.draw(new Line2D.Double(x, plotTop, x, bottom));
                    if (i % every == 0) {
                        g.setColor(TEXT);
                        String label = fit(categories.get(i), (int) Math.max(30, slot * every - 4));
                        g.drawString(label, (float) (x - metrics.stringWidth(label) / 2.0), bottom + 17);
                    }
                }
            } else {
                for (double v : ticks(x0, x1, 8)) {
                    g.setColor(TEXT);
                    String label = number(v);
                    g.drawString(label, (float) (px(v) - metrics.stringWidth(label) / 2.0), bottom + 17);
                }
            }
            g.setColor(MUTED);
            String name = fit(c.x().name(), right - left);
            g.drawString(name, (left + right - metrics.stringWidth(name)) / 2f, bottom + 34);
        }

        private void drawVertical(String text, int x, int y) {
            var transform = g.getTransform();
            g.rotate(-Math.PI / 2, x, y);
            String shown = fit(text, Math.max(40, bottom - plotTop));
            g.drawString(shown, x - g.getFontMetrics().stringWidth(shown) / 2f, y + 4);
            g.setTransform(transform);
        }

        private void series(Model.Series s) {
            Color color = Palette.awt(s.color());
            int n = s.length();
            switch (s.mark()) {
                case LINE, BASELINE -> {
                    if (n == 0) {
                        return;
                    }
                    Path2D.Double path = new Path2D.Double();
                    path.moveTo(px(s.x()[0]), py(s.y()[0]));
                    for (int i = 1; i < n; i++) {
                        path.lineTo(px(s.x()[i]), py(s.y()[i]));
                    }
                    g.setColor(color);
                    g.setStroke(s.mark() == Model.Mark.BASELINE
                            ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0)
                            : new BasicStroke(1.5f));
                    g.draw(path);
                    g.setStroke(new BasicStroke(1));
                }
                case BAR -> {
                    double width = Math.max(1, Math.min(12, (right - left) / Math.max(1.0, n) * 0.7));
                    double zero = py(Math.max(y0, Math.min(y1, 0)));
                    g.setColor(color);
                    for (int i = 0; i < n; i++) {
                        double x = px(s.x()[i]);
                        double y = py(s.y()[i]);
                        g.fill(new Rectangle2D.Double(x - width / 2, Math.min(y, zero), width, Math.max(1, Math.abs(zero - y))));
                    }
                }
                case RANGE -> {
                    double band = (bottom - plotTop) / Math.max(1.0, y1 - y0) * 0.55;
                    g.setColor(color);
                    for (int i = 0; i < n; i++) {
                        double a = px(s.x()[i]);
                        double b = px(s.x2()[i]);
                        double y = py(s.y()[i]);
                        g.fill(new Rectangle2D.Double(a, y - band / 2, Math.max(3, b - a), band));
                    }
                }
                case ANOMALY -> {
                    for (int i = 0; i < n; i++) {
                        fillCircle(px(s.x()[i]), py(s.y()[i]), 5.5, color);
                    }
                }
                case POINT, CELL -> {
                    Color fill = s.mark() == Model.Mark.POINT
                            ? new Color(color.getRed(), color.getGreen(), color.getBlue(), 204) : color;
                    for (int i = 0; i < n; i++) {
                        double r = s.size() == null ? 3.5 : s.size()[i];
                        fillCircle(px(s.x()[i]), py(s.y()[i]), r, fill);
                    }
                }
            }
        }
    }

    static double[] ticks(double min, double max, int count) {
        double span = max - min;
        if (!(span > 0)) {
            return new double[] {min};
        }
        double raw = span / count;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3 ? 2 * magnitude
                : raw / magnitude < 7 ? 5 * magnitude : 10 * magnitude;
        List<Double> ticks = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    private void paintGraph(Model.Graph graph, int top) {
        List<Model.LegendEntry> entries = new ArrayList<>();
        for (int i = 0; i < graph.categories().size(); i++) {
            entries.add(new Model.LegendEntry(graph.categories().get(i), graph.colors().get(i)));
        }
        int y0 = legend(entries, top) + 20;
        double left = 50;
        double width = model.width() - 200;
        double height = model.height() - y0 - 30;
        List<Model.Node> nodes = graph.nodes();
        g.setStroke(new BasicStroke(1));
        g.setColor(new Color(0x99, 0x99, 0x99, 180));
        for (Model.Edge e : graph.edges()) {
            Model.Node a = nodes.get(e.source());
            Model.Node b = nodes.get(e.target());
            g.draw(new Line2D.Double(left + a.x() * width, y0 + a.y() * height, left + b.x() * width, y0 + b.y() * height));
        }
        g.setFont(LABEL);
        for (Model.Node n : nodes) {
            double x = left + n.x() * width;
            double y = y0 + n.y() * height;
            fillCircle(x, y, n.size(), Palette.awt(graph.colors().get(n.category())));
            if (nodes.size() <= 80) {
                g.setColor(TEXT);
                g.drawString(fit(n.label(), 160), (float) (x + n.size() + 3), (float) y + 4);
            }
        }
    }

    /** Equirectangular: longitude -180..180 across, latitude 85..-60 down (little is drawn further south). */
    private void paintMap(Model.Geo geo, int top) {
        List<Model.LegendEntry> entries = legendOf(geo.layers());
        int y0 = legend(entries, top) + 10;
        double north = 85;
        double south = -60;
        double availableW = model.width() - 20;
        double availableH = model.height() - y0 - 10;
        double scale = Math.min(availableW / 360, availableH / (north - south));
        double left = (model.width() - scale * 360) / 2;
        double topY = y0 + (availableH - scale * (north - south)) / 2;
        Path2D.Double land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : WorldOutline.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                double x = left + (ring[i] + 180) * scale;
                double y = topY + (north - Math.max(south - 5, ring[i + 1])) * scale;
                if (i == 0) {
                    land.moveTo(x, y);
                } else {
                    land.lineTo(x, y);
                }
            }
            land.closePath();
        }
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(left, topY, scale * 360, scale * (north - south)));
        g.setColor(new Color(0xe6, 0xea, 0xee));
        g.fill(land);
        g.setColor(new Color(0x9a, 0xa5, 0xb1));
        g.setStroke(new BasicStroke(0.6f));
        g.draw(land);
        for (Model.Series layer : geo.layers()) {
            Color color = Palette.awt(layer.color());
            Color fill = new Color(color.getRed(), color.getGreen(), color.getBlue(), 217);
            for (int i = 0; i < layer.length(); i++) {
                double x = left + (layer.x()[i] + 180) * scale;
                double y = topY + (north - Math.max(south, Math.min(north, layer.y()[i]))) * scale;
                double r = layer.size() == null ? 5 : layer.size()[i];
                fillCircle(x, y, r, fill);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
        g.setClip(clip);
    }

    /** An indented outline: one row per node, a connector from its parent, a dot in its colour, its label. */
    private void paintTree(Model.Tree tree, int top) {
        int y0 = legend(tree.legend(), top) + 16;
        List<Model.TreeNode> nodes = tree.nodes();
        int[] depth = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            int parent = nodes.get(i).parent();
            depth[i] = parent >= 0 && parent < i ? depth[parent] + 1 : 0;
        }
        int rowHeight = 22;
        int rows = Math.max(1, (model.height() - y0 - 10) / rowHeight);
        g.setFont(LABEL);
        g.setStroke(new BasicStroke(1));
        for (int i = 0; i < nodes.size() && i < rows; i++) {
            double x = 20 + depth[i] * 22;
            double y = y0 + i * rowHeight;
            int parent = nodes.get(i).parent();
            if (parent >= 0 && parent < i) {
                double px = 20 + depth[parent] * 22;
                double py = y0 + parent * rowHeight;
                g.setColor(AXIS);
                g.draw(new Line2D.Double(px, py + 5, px, y));
                g.draw(new Line2D.Double(px, y, x - 5, y));
            }
            fillCircle(x, y, 5, Palette.awt(nodes.get(i).color()));
            g.setColor(TEXT);
            g.drawString(fit(nodes.get(i).label(), model.width() - (int) x - 30), (float) x + 10, (float) y + 4);
        }
    }
}
