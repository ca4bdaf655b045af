package io.huntbook.viz;

import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregation of large inputs: counts (and sums) per time bucket and category, which is what a chart of more marks
 * than a screen has pixels would show anyway.
 */
final class Buckets {
    /** Buckets a time axis is cut into when it aggregates. */
    static final int TARGET_BUCKETS = 400;

    final long step;
    final double origin;
    /** (category, bucket) -> {count, sum}, in category then time order. */
    final Map<Long, double[]> cells = new TreeMap<>();
    final int categories;
    double maxCount;

    private Buckets(long step, double origin, int categories) {
        this.step = step;
        this.origin = origin;
        this.categories = categories;
    }

    /**
     * Counts rows per bucket of time and category ({@code values} may be null: then only counts). Rows with a NaN time
     * are skipped.
     */
    static Buckets of(double[] times, int[] category, int categories, double @org.jspecify.annotations.Nullable [] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double t : times) {
            if (!Double.isNaN(t)) {
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
        }
        long step = TimeSteps.step(Math.max(1, max - min), TARGET_BUCKETS);
        double origin = Math.floor(min / step) * step;
        Buckets buckets = new Buckets(step, origin, categories);
        for (int i = 0; i < times.length; i++) {
            if (Double.isNaN(times[i])) {
                continue;
            }
            long bucket = (long) Math.floor((times[i] - origin) / step);
            long key = (long) category[i] << 32 | bucket;
            double[] cell = buckets.cells.computeIfAbsent(key, k -> new double[2]);
            cell[0]++;
            if (values != null && !Double.isNaN(values[i])) {
                cell[1] += values[i];
            }
            buckets.maxCount = Math.max(buckets.maxCount, cell[0]);
        }
        return buckets;
    }

    static int categoryOf(long key) {
        return (int) (key >>> 32);
    }

    double bucketStart(long key) {
        return origin + (key & 0xFFFFFFFFL) * step;
    }

    /** A marker radius growing with the square root of the count, so areas compare. */
    double radius(double count) {
        return 3 + 9 * Math.sqrt(count / Math.max(1, maxCount));
    }
}
