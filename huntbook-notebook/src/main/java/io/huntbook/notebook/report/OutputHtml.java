package io.huntbook.notebook.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.huntbook.notebook.ErrorOutput;
import io.huntbook.notebook.Output;
import io.huntbook.notebook.RichOutput;
import io.huntbook.notebook.StreamOutput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One output as HTML. A MIME bundle shows its richest safe type, in nbconvert's HTML order adapted: Huntbook charts
 * by their description drawn with the report's own ECharts over their static image (never their {@code text/html},
 * which holds a script; the image alone when huntbook-viz is absent), then
 * sanitised HTML, markdown, SVG (as an image, never inlined), PNG, JPEG, GIF, pretty-printed JSON, LaTeX source, and
 * plain text. A bundle with none of these (a scrap without display, a widget) shows nothing, as in nbconvert.
 */
final class OutputHtml {
    /** The MIME type of a Huntbook chart description (DESIGN.md §4). */
    static final String CHART = "application/vnd.huntbook.chart.v1+json";

    private static final List<String> ORDER = List.of("text/html", "text/markdown", "image/svg+xml", "image/png",
            "image/jpeg", "image/gif", "application/json", "text/latex", "text/plain");
    private static final List<String> CHART_ORDER = List.of("image/png", "image/svg+xml", "image/jpeg", "text/plain");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]+");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OutputHtml() {}

    /** The HTML of {@code output}, or empty when it shows nothing. */
    static Optional<String> render(Output output) {
        return render(output, new ReportCharts());
    }

    /** As {@link #render(Output)}, drawing chart descriptions with the page's {@code charts}. */
    static Optional<String> render(Output output, ReportCharts charts) {
        if (output instanceof RichOutput rich && rich.data().has(CHART)) {
            Optional<String> chart = charts.chart(rich.data().get(CHART), text(rich.data().path("image/png")));
            if (chart.isPresent()) {
                return chart;
            }
        }
        return switch (output) {
            case StreamOutput stream -> Optional.of("<pre class=\"output stream " + streamClass(stream.name()) + "\">"
                    + Ansi.toHtml(stream.text()) + "</pre>");
            case ErrorOutput error -> Optional.of("<pre class=\"output error\">" + Ansi.toHtml(errorText(error))
                    + "</pre>");
            case RichOutput rich -> rich(rich);
            default -> Optional.empty();
        };
    }

    /** The traceback as the kernel sent it, or {@code ename: evalue} when there is none. */
    static String errorText(ErrorOutput error) {
        return error.traceback().isEmpty() ? error.ename() + ": " + error.evalue()
                : String.join("\n", error.traceback());
    }

    private static String streamClass(String name) {
        return name.equals("stderr") ? "stderr" : "stdout";
    }

    private static Optional<String> rich(RichOutput output) {
        List<String> order = output.data().has(CHART) ? CHART_ORDER : ORDER;
        for (String type : order) {
            JsonNode value = output.data().get(type);
            if (value == null) {
                continue;
            }
            Optional<String> html = switch (type) {
                case "text/html" -> text(value).map(h -> "<div class=\"output html\">"
                        + Sanitizer.clean(h, Sanitizer.Links.ANCHORS_ONLY) + "</div>");
                case "text/markdown" -> text(value).map(m -> "<div class=\"output markdown\">"
                        + Markdown.toHtml(m, null) + "</div>");
                case "image/svg+xml" -> text(value).map(svg -> image("image/svg+xml",
                        Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), output));
                case "image/png", "image/jpeg", "image/gif" -> text(value)
                        .map(b -> b.replaceAll("\\s", ""))
                        .filter(b -> BASE64.matcher(b).matches())
                        .map(b -> image(type, b, output));
                case "application/json" -> Optional.of("<pre class=\"output json\">" + Html.escape(pretty(value))
                        + "</pre>");
                default -> text(value).map(t -> "<pre class=\"output text\">" + Ansi.toHtml(t) + "</pre>");
            };
            if (html.isPresent()) {
                return html;
            }
        }
        return Optional.empty();
    }

    private static String image(String type, String base64, RichOutput output) {
        StringBuilder img = new StringBuilder("<div class=\"output image\"><img src=\"data:").append(type)
                .append(";base64,").append(base64).append("\" alt=\"").append(Html.escape(type)).append('"');
        JsonNode meta = output.metadata().get(type);
        if (meta != null) {
            for (String dimension : List.of("width", "height")) {
                JsonNode size = meta.get(dimension);
                if (size != null && size.canConvertToInt() && size.isNumber()) {
                    img.append(' ').append(dimension).append("=\"").append(size.intValue()).append('"');
                }
            }
        }
        return img.append("></div>").toString();
    }

    private static Optional<String> text(JsonNode value) {
        if (value.isTextual()) {
            return Optional.of(value.textValue());
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(line -> joined.append(line.asText()));
            return Optional.of(joined.toString());
        }
        return Optional.empty();
    }

    private static String pretty(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }
}
