package io.huntbook.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The scripts a chart page inlines: ECharts from its webjar, Huntbook's adapter that turns descriptions into ECharts
 * options, and the world outline for maps. Read once; each is safe to put inside a {@code <script>} element.
 */
public final class ChartScripts {
    private ChartScripts() {}

    /** The ECharts build inlined in pages: the webjar's version, managed in the parent POM. */
    public static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS_RESOURCE = "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
            + "/dist/echarts.min.js";
    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");

    private static volatile String echarts;
    private static volatile String adapter;
    private static volatile String world;

    /** ECharts (Apache-2.0; its LICENSE and NOTICE travel in the echarts webjar of the distribution). */
    public static String echarts() {
        String result = echarts;
        if (result == null) {
            result = "/*! Apache ECharts " + ECHARTS_VERSION + " | Apache License 2.0 | Copyright 2017-2022 The Apache "
                    + "Software Foundation | NOTICE and LICENSE: META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
                    + "/ in the echarts webjar */\n" + read(ECHARTS_RESOURCE);
            echarts = result;
        }
        return result;
    }

    /** Huntbook's adapter: {@code HuntbookCharts.render(element, description)} and {@code renderAll(root)}. */
    public static String adapter() {
        String result = adapter;
        if (result == null) {
            result = read("io/huntbook/viz/huntbook-charts.js");
            adapter = result;
        }
        return result;
    }

    /** The world outline as {@code window.HUNTBOOK_WORLD} (Natural Earth, public domain; world-atlas, ISC). */
    public static String world() {
        String result = world;
        if (result == null) {
            result = "/* Land outline: Natural Earth 1:110m (public domain), via world-atlas 2.0.2 (ISC, (c) Michael "
                    + "Bostock) */\nwindow.HUNTBOOK_WORLD = " + jsonForScript(WorldOutline.geoJson()) + ";\n";
            world = result;
        }
        return result;
    }

    /**
     * JSON made safe inside a {@code <script>} element: {@code <}, {@code >}, {@code &} and the JavaScript line
     * separators become {@code \\u} escapes, which mean the same inside JSON strings (the only place they occur).
     */
    public static String jsonForScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String read(String resource) {
        ClassLoader loader = ChartScripts.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path: huntbook-viz needs the "
                        + "org.webjars.npm:echarts " + ECHARTS_VERSION + " jar beside it");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // a library never contains it, but a literal "</script" inside would end the element early
            return SCRIPT_END.matcher(text).replaceAll("<\\\\/$1");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
