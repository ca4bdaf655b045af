package io.huntbook.enrich.ti;

import java.time.Duration;

/**
 * At most {@code requests} calls per {@code period}. A provider may have several at once (4 a minute and 500 a
 * day); calls over a limit wait for it rather than fail.
 */
public record RateLimit(long requests, Duration period) {
    public RateLimit {
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive period");
        }
    }

    public static RateLimit perSecond(long requests) {
        return new RateLimit(requests, Duration.ofSeconds(1));
    }

    public static RateLimit perMinute(long requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    public static RateLimit perDay(long requests) {
        return new RateLimit(requests, Duration.ofDays(1));
    }
}
