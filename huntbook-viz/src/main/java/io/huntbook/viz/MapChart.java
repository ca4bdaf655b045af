package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Points on the bundled world outline (no tile server), as MSTICPy's folium maps: from latitude and longitude columns
 * (by default the {@code Latitude}/{@code Longitude} columns that GeoIP lookups give), one layer per value of a
 * column, popups from chosen columns (by default the GeoIP ones present). Points in the same grid cell are clustered
 * when asked, or when there are more than {@link #maxPoints}; the chart says so.
 */
public final class MapChart extends ChartBuilder<MapChart> {
    private static final List<String> DEFAULT_TIPS = List.of("IpAddress", "City", "CountryOrRegionName", "CountryCode",
            "Asn");

    private final DataFrame frame;
    private String latitude = "Latitude";
    private String longitude = "Longitude";
    private @Nullable String layerBy;
    private final List<String> tooltip = new ArrayList<>();
    private double cluster;

    MapChart(DataFrame frame) {
        this.frame = frame;
    }

    public MapChart latitude(String column) {
        this.latitude = column;
        return this;
    }

    public MapChart longitude(String column) {
        this.longitude = column;
        return this;
    }

    /** One layer (colour, legend entry) per value of this column. */
    public MapChart layerBy(String column) {
        this.layerBy = column;
        return this;
    }

    public MapChart tooltip(String... columns) {
        tooltip.addAll(List.of(columns));
        return this;
    }

    /** Clusters points within cells of this many degrees (0: only when there are too many points). */
    public MapChart cluster(double degrees) {
        if (degrees < 0 || degrees > 90) {
            throw new BadInputException("--cluster takes degrees between 0 and 90, not " + degrees);
        }
        this.cluster = degrees;
        return this;
    }

    @Override
    public Chart build() {
        double[] lat = Columns.numbers(frame, latitude, "--lat");
        double[] lon = Columns.numbers(frame, longitude, "--lon");
        String[] layers = layerBy == null ? ValuesChart.filled(frame.height(), "points")
                : Columns.labels(frame, layerBy, "--layer-by");
        List<String> tipNames = new ArrayList<>(tooltip);
        if (tipNames.isEmpty()) {
            List<String> names = Arrays.asList(frame.getColumnsIndex().toArray());
            DEFAULT_TIPS.stream().filter(names::contains).forEach(tipNames::add);
        }
        String[] tips = Columns.tooltips(frame, tipNames);
        Categories names = Categories.sorted(List.<String[]>of(layers));
        int valid = 0;
        for (int r = 0; r < lat.length; r++) {
            if (located(lat[r], lon[r])) {
                valid++;
            }
        }
        if (valid == 0) {
            throw new BadInputException("nothing to draw: no row has a latitude in " + latitude + " and a longitude in "
                    + longitude + " (-90..90, -180..180)");
        }
        double cell = cluster > 0 ? cluster : valid > maxPoints ? 2.0 : 0;
        List<Model.Series> series = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            String layer = names.names().get(g);
            // cell -> {count, sum lat, sum lon, first row}
            Map<Long, double[]> groups = new LinkedHashMap<>();
            for (int r = 0; r < lat.length; r++) {
                if (!layers[r].equals(layer) || !located(lat[r], lon[r])) {
                    continue;
                }
                long key = cell > 0 ? (long) Math.floor((lat[r] + 90) / cell) << 32 | (long) Math.floor((lon[r] + 180) / cell)
                        : r;
                double[] sum = groups.computeIfAbsent(key, k -> new double[] {0, 0, 0, -1});
                sum[0]++;
                sum[1] += lat[r];
                sum[2] += lon[r];
                if (sum[3] < 0) {
                    sum[3] = r;
                }
            }
            int n = groups.size();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] size = new double[n];
            String[] t = new String[n];
            double max = groups.values().stream().mapToDouble(s -> s[0]).max().orElse(1);
            int k = 0;
            for (double[] s : groups.values()) {
                y[k] = s[1] / s[0];
                x[k] = s[2] / s[0];
                size[k] = cell > 0 ? 4 + 10 * Math.sqrt(s[0] / max) : 5;
                String first = tips[(int) s[3]];
                t[k] = (s[0] > 1 ? count((long) s[0]) + " points near " : "")
                        + String.format(java.util.Locale.ROOT, "%.2f, %.2f", y[k], x[k])
                        + (first.isEmpty() ? "" : "\n" + (s[0] > 1 ? "first: " : "") + first);
                k++;
            }
            series.add(new Model.Series(layer, Model.Mark.POINT, Palette.color(g), x, y, null, size, t));
        }
        String note = cell > 0 ? "clustered: " + count(valid) + " points in cells of " + Columns.label(cell) + "°"
                : null;
        return new Chart(new Model.ChartModel(ChartType.MAP, titleOr("Locations"), note, width,
                height > 0 ? height : Math.max(300, width / 2 + 80), new Model.Geo(series)));
    }

    private static boolean located(double lat, double lon) {
        return !Double.isNaN(lat) && !Double.isNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
