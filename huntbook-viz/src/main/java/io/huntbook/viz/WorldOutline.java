package io.huntbook.viz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The world's land outline that maps are drawn on: Natural Earth's 1:110m land (public domain), as packaged in the
 * world-atlas npm package (ISC; see {@code world/README.txt} and its licence beside it). Decoded from TopoJSON once.
 */
final class WorldOutline {
    private WorldOutline() {}

    private static final String RESOURCE = "world/land-110m.json";
    private static volatile List<double[]> rings;
    private static volatile String geoJson;

    /** Each ring as {@code [lon0, lat0, lon1, lat1, ...]}. */
    static List<double[]> rings() {
        List<double[]> result = rings;
        if (result == null) {
            result = decode();
            rings = result;
        }
        return result;
    }

    /** The outline as a GeoJSON FeatureCollection of one MultiPolygon, for ECharts' {@code registerMap}. */
    static String geoJson() {
        String result = geoJson;
        if (result == null) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode collection = mapper.createObjectNode().put("type", "FeatureCollection");
            ObjectNode feature = collection.putArray("features").addObject();
            feature.put("type", "Feature");
            feature.putObject("properties").put("name", "land");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "MultiPolygon");
            ArrayNode polygons = geometry.putArray("coordinates");
            for (double[] ring : rings()) {
                ArrayNode points = polygons.addArray().addArray();
                for (int i = 0; i < ring.length; i += 2) {
                    points.addArray().add(round(ring[i])).add(round(ring[i + 1]));
                }
            }
            result = collection.toString();
            geoJson = result;
        }
        return result;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static List<double[]> decode() {
        JsonNode topology;
        try (InputStream in = WorldOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the world outline " + RESOURCE + " is missing from huntbook-viz");
            }
            topology = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the world outline: " + e.getMessage(), e);
        }
        double sx = topology.at("/transform/scale/0").asDouble();
        double sy = topology.at("/transform/scale/1").asDouble();
        double tx = topology.at("/transform/translate/0").asDouble();
        double ty = topology.at("/transform/translate/1").asDouble();
        List<double[]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[] points = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            int i = 0;
            for (JsonNode delta : arc) {
                // quantised TopoJSON: positions are running sums of integer deltas
                x += delta.get(0).asLong();
                y += delta.get(1).asLong();
                points[i++] = x * sx + tx;
                points[i++] = y * sy + ty;
            }
            arcs.add(points);
        }
        List<double[]> result = new ArrayList<>();
        for (JsonNode geometry : topology.at("/objects/land/geometries")) {
            JsonNode polygons = geometry.get("arcs");
            boolean multi = "MultiPolygon".equals(geometry.path("type").asText());
            for (JsonNode polygon : multi ? polygons : List.of(polygons)) {
                for (JsonNode ring : polygon) {
                    addUnwrapped(result, ring(ring, arcs));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * A few rings (Fiji, Chukotka) cross the antimeridian; drawn flat they would streak across the whole map. Their
     * longitudes are unwrapped to run on past ±180, and a copy shifted by 360° covers the other edge; views clip.
     */
    private static void addUnwrapped(List<double[]> rings, double[] ring) {
        boolean wrapped = false;
        for (int i = 2; i < ring.length; i += 2) {
            double jump = ring[i] - ring[i - 2];
            if (Math.abs(jump) > 180) {
                ring[i] -= Math.signum(jump) * 360;
                wrapped = true;
                // later points follow the unwrapped one
                for (int k = i + 2; k < ring.length; k += 2) {
                    ring[k] -= Math.signum(jump) * 360;
                }
            }
        }
        rings.add(ring);
        if (wrapped) {
            double min = Double.MAX_VALUE;
            for (int i = 0; i < ring.length; i += 2) {
                min = Math.min(min, ring[i]);
            }
            double shift = min < -180 ? 360 : -360;
            double[] copy = ring.clone();
            for (int i = 0; i < copy.length; i += 2) {
                copy[i] += shift;
            }
            rings.add(copy);
        }
    }

    /** A ring from its arcs; a negative index {@code ~i} is arc i reversed; shared end points appear once. */
    private static double[] ring(JsonNode indexes, List<double[]> arcs) {
        List<Double> points = new ArrayList<>();
        for (JsonNode index : indexes) {
            int i = index.asInt();
            double[] arc = arcs.get(i < 0 ? ~i : i);
            int n = arc.length / 2;
            for (int k = points.isEmpty() ? 0 : 1; k < n; k++) {
                int p = i < 0 ? n - 1 - k : k;
                points.add(arc[2 * p]);
                points.add(arc[2 * p + 1]);
            }
        }
        double[] out = new double[points.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = points.get(k);
        }
        return out;
    }
}
