package io.huntbook.core.time;

import io.huntbook.core.BadInputException;
import java.time.Duration;
import java.time.Instant;

/**
 * A half-open window of time {@code [start, end)} in UTC, as queries, pollers and reports use it. The start is never
 * after the end.
 */
public record TimeSpan(Instant start, Instant end) {
    public TimeSpan {
        if (start.isAfter(end)) {
            throw new BadInputException("the time span starts (" + Timestamps.format(start) + ") after it ends ("
                    + Timestamps.format(end) + "): swap start and end");
        }
    }

    /** The span from {@code start} to {@code end}. */
    public static TimeSpan of(Instant start, Instant end) {
        return new TimeSpan(start, end);
    }

    /** The span of {@code length} that ends at {@code end}. */
    public static TimeSpan ending(Instant end, Duration length) {
        return new TimeSpan(end.minus(length), end);
    }

    /**
     * The span between two times written in the relative grammar ({@link RelativeTime}), both resolved against the
     * same {@code now}: {@code parse("-1d@d", "@d", now)} is yesterday.
     */
    public static TimeSpan parse(String start, String end, Instant now) {
        return new TimeSpan(RelativeTime.resolve(start, now), RelativeTime.resolve(end, now));
    }

    /** How long the span is. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether {@code instant} is in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    @Override
    public String toString() {
        return Timestamps.format(start) + "/" + Timestamps.format(end);
    }
}
