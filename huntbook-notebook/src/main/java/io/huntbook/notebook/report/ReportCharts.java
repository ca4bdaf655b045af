package io.huntbook.notebook.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Huntbook charts in a report: each chart output's description (never its {@code text/html}, never a script from an
 * output) is drawn by the report's own copy of ECharts, once per page, over the output's static image, which stays
 * where scripts are off. The scripts come from huntbook-viz when it is on the class path (it is optional here: the
 * notebook module does not depend on it); without it every chart shows its image. The page's Content-Security-Policy
 * then allows exactly these scripts by hash.
 */
final class ReportCharts {
    private static final Set<String> KINDS = Set.of("cartesian", "graph", "map", "tree");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]+");
    private static final Optional<List<String>> LIBRARY = loadLibrary();

    private int charts;

    /** The chart's HTML, or empty when the description is not one the adapter draws (the caller shows the image). */
    Optional<String> chart(JsonNode description, Optional<String> png) {
        if (LIBRARY.isEmpty() || !description.isObject() || !KINDS.contains(description.path("kind").asText())
                || !description.path("width").canConvertToInt() || !description.path("height").canConvertToInt()) {
            return Optional.empty();
        }
        int width = Math.max(200, Math.min(10_000, description.get("width").asInt()));
        int height = Math.max(150, Math.min(20_000, description.get("height").asInt()));
        String id = "huntbook-chart-" + ++charts;
        StringBuilder html = new StringBuilder("<div class=\"output chart\"><div class=\"huntbook-chart\" id=\"")
                .append(id).append("\" style=\"width:").append(width).append("px;height:").append(height).append("px\">");
        png.map(p -> p.replaceAll("\\s", "")).filter(p -> BASE64.matcher(p).matches())
                .ifPresent(p -> html.append("<img class=\"huntbook-static\" alt=\"chart\" width=\"").append(width)
                        .append("\" height=\"").append(height).append("\" src=\"data:image/png;base64,").append(p)
                        .append("\">"));
        html.append("</div><script type=\"application/vnd.huntbook.chart.v1+json\" data-for=\"").append(id)
                .append("\">").append(scriptSafe(description.toString())).append("</script></div>");
        return Optional.of(html.toString());
    }

    boolean any() {
        return charts > 0;
    }

    /** The library, world outline and adapter, plus the call that draws every chart; empty without charts. */
    List<String> scripts() {
        if (!any()) {
            return List.of();
        }
        List<String> scripts = new ArrayList<>(LIBRARY.orElseThrow());
        scripts.add("HuntbookCharts.renderAll(document);");
        return scripts;
    }

    /** {@code 'sha256-...'} sources for the Content-Security-Policy, one per script. */
    List<String> hashes() {
        List<String> hashes = new ArrayList<>();
        for (String script : scripts()) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
                hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JDK", e);
            }
        }
        return hashes;
    }

    /** JSON is re-written from the parsed output, then made safe inside a script element. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static Optional<List<String>> loadLibrary() {
        try {
            Class<?> scripts = Class.forName("io.huntbook.viz.ChartScripts", true, ReportCharts.class.getClassLoader());
            List<String> library = new ArrayList<>();
            for (String name : List.of("echarts", "world", "adapter")) {
                Method method = scripts.getMethod(name);
                library.add((String) method.invoke(null));
            }
            return Optional.of(List.copyOf(library));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // huntbook-viz (or its ECharts jar) is not on the class path: charts show their static images
            return Optional.empty();
        }
    }

}
