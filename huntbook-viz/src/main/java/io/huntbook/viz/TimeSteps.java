package io.huntbook.viz;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Round time intervals, for axis ticks and for the buckets of aggregated charts. */
final class TimeSteps {
    private TimeSteps() {}

    private static final long S = 1000;
    private static final long M = 60 * S;
    private static final long H = 60 * M;
    private static final long D = 24 * H;
    private static final long[] STEPS = {1, 10, 100, S, 5 * S, 15 * S, 30 * S, M, 5 * M, 15 * M, 30 * M, H, 3 * H,
        6 * H, 12 * H, D, 2 * D, 7 * D, 30 * D, 91 * D, 365 * D};

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLI = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /** The smallest round step that is at least {@code span / count}. */
    static long step(double span, int count) {
        double wanted = span / Math.max(1, count);
        for (long step : STEPS) {
            if (step >= wanted) {
                return step;
            }
        }
        return (long) Math.ceil(wanted / (365 * D)) * 365 * D;
    }

    /** A tick label for a time on an axis whose ticks are {@code step} apart. */
    static String label(double millis, long step) {
        Instant at = Instant.ofEpochMilli((long) millis);
        if (step >= D) {
            return DAY.format(at);
        }
        if (step >= M) {
            return MINUTE.format(at);
        }
        return step >= S ? SECOND.format(at) : MILLI.format(at);
    }

    /** How a step reads in a note ("1h", "15m", "2d"). */
    static String describe(long step) {
        if (step % D == 0) {
            return step / D + "d";
        }
        if (step % H == 0) {
            return step / H + "h";
        }
        if (step % M == 0) {
            return step / M + "m";
        }
        if (step % S == 0) {
            return step / S + "s";
        }
        return step + "ms";
    }

    /** ISO-8601 UTC, as tooltips show times. */
    static String iso(double millis) {
        return Double.isNaN(millis) ? "" : Instant.ofEpochMilli((long) millis).toString();
    }
}
