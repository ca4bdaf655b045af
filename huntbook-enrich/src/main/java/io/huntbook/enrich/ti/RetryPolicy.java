package io.huntbook.enrich.ti;

import java.time.Duration;

/**
 * How often and how long to retry a retryable failure: the provider's {@code Retry-After} when it gives one (up to
 * {@code maxWait}), otherwise exponential backoff from {@code initialBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxWait) {
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    Duration waitBefore(int attempt, TiProviderException failure) {
        Duration asked = failure.retryAfter();
        if (asked != null) {
            return asked.compareTo(maxWait) > 0 ? maxWait : asked;
        }
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(attempt, 16));
        return backoff.compareTo(maxWait) > 0 ? maxWait : backoff;
    }
}
