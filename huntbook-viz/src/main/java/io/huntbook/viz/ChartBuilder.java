package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import org.jspecify.annotations.Nullable;

/**
 * Options every chart has: a title, a size in pixels, and the number of marks beyond which the views aggregate.
 * {@link #build()} checks the options against the data and gives the {@link Chart}; a notebook can display the builder
 * itself, which builds it.
 *
 * @param <B> the concrete builder, so that options chain
 */
public abstract sealed class ChartBuilder<B extends ChartBuilder<B>>
        permits TimelineChart, ValuesChart, DurationChart, AnomaliesChart, MatrixChart, GraphChart, MapChart,
        ProcessTreeChart {
    /** Marks drawn one by one up to this many; above it the chart aggregates and says so. */
    public static final int DEFAULT_MAX_POINTS = 10_000;

    @Nullable String title;
    int width = 960;
    int height = 0;
    int maxPoints = DEFAULT_MAX_POINTS;

    ChartBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The title drawn above the chart. */
    public B title(String title) {
        this.title = title;
        return self();
    }

    /** The size in pixels (height 0: chosen from the data). */
    public B size(int width, int height) {
        if (width < 200 || width > 10_000 || height < 0 || height > 20_000 || (height > 0 && height < 150)) {
            throw new BadInputException("chart size " + width + "x" + height
                    + " is out of range: width 200..10000, height 150..20000 (or 0 for automatic)");
        }
        this.width = width;
        this.height = height;
        return self();
    }

    /** Beyond this many marks the views aggregate (counts per time bucket and group) and say so on the chart. */
    public B maxPoints(int maxPoints) {
        if (maxPoints < 10) {
            throw new BadInputException("--max-points must be at least 10, not " + maxPoints);
        }
        this.maxPoints = maxPoints;
        return self();
    }

    /** The chart, checked against the data. */
    public abstract Chart build();

    String titleOr(String fallback) {
        return title == null ? fallback : title;
    }

    /** The height: as set, or grown with the number of rows on a category axis. */
    int heightFor(int rows) {
        return height > 0 ? height : Math.max(320, Math.min(4000, 140 + rows * 28));
    }

    /** Thousands separated, for notes. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
