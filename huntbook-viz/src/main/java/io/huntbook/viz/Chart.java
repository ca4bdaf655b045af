package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import io.huntbook.core.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One chart description, drawn two ways: interactive (ECharts, {@link #toHtml()}) and static ({@link #toPng()},
 * {@link #toSvg()}, drawn in pure Java and safe without a display). Build one with {@link Charts}.
 */
public final class Chart {
    /** The MIME type of a description in a notebook output. */
    public static final String MIME_TYPE = "application/vnd.huntbook.chart.v1+json";

    private final Model.ChartModel model;

    Chart(Model.ChartModel model) {
        this.model = model;
    }

    public ChartType type() {
        return model.type();
    }

    public String title() {
        return model.title();
    }

    /** What the chart says about aggregation or truncation, if anything. */
    public @Nullable String note() {
        return model.note();
    }

    public int width() {
        return model.width();
    }

    public int height() {
        return model.height();
    }

    Model.ChartModel model() {
        return model;
    }

    /** The description as JSON-able values (maps, lists, strings, numbers): what {@link #MIME_TYPE} carries. */
    public Map<String, Object> description() {
        return DescriptionJson.toMap(model);
    }

    /** The description as JSON text. */
    public String toJson() {
        return DescriptionJson.write(model);
    }

    /** A standalone HTML page: ECharts inlined once, no network request, the static image where scripts are off. */
    public String toHtml() {
        return ChartPage.page(this);
    }

    /** The static view as an image. */
    public BufferedImage toImage() {
        return StaticPainter.image(model);
    }

    /** The static view as PNG bytes. */
    public byte[] toPng() {
        return StaticPainter.png(model);
    }

    /** The static view as an SVG document. */
    public String toSvg() {
        return StaticPainter.svg(model);
    }

    /** One line for text-only viewers: type, title and how much it shows. */
    public String plainText() {
        String note = model.note() == null ? "" : " (" + model.note() + ")";
        return model.type().id() + " chart: " + model.title() + note;
    }

    /**
     * Writes the chart to {@code file} in the format its extension names ({@code .html}, {@code .png}, {@code .svg},
     * {@code .json} for the description), atomically.
     *
     * @throws BadInputException for another extension
     */
    public void write(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            bytes = toHtml().getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            bytes = toPng();
        } else if (name.endsWith(".svg")) {
            bytes = toSvg().getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".json")) {
            bytes = toJson().getBytes(StandardCharsets.UTF_8);
        } else {
            throw new BadInputException("cannot write a chart to " + file.getFileName()
                    + ": name the output .html, .png, .svg or .json");
        }
        AtomicFiles.write(file, bytes);
    }

    @Override
    public String toString() {
        return plainText();
    }
}
