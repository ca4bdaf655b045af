package io.huntbook.viz;

import java.awt.Color;

/** Series colours, the same in both views (ECharts' default palette, so interactive charts look familiar). */
final class Palette {
    private Palette() {}

    private static final String[] COLORS = {"#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272",
        "#fc8452", "#9a60b4", "#ea7ccc", "#2f4554", "#61a0a8", "#d48265"};

    static final String ANOMALY = "#d62728";
    static final String BASELINE = "#7f7f7f";

    static String color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }

    static Color awt(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
