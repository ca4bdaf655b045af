package io.huntbook.enrich.ti;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * What stands between the engine and one provider: a semaphore bounding calls in flight and one sliding window per
 * rate limit. A call over a limit waits (it queues) rather than fails, so no 429 is provoked by us.
 *
 * <p>Why sliding windows and not token buckets: a bucket of N tokens refilled every period lets up to 2N calls
 * through in a window that straddles a refill, and a vendor counting "4 per minute" over any minute answers 429.
 */
final class ProviderGate {
    private final Semaphore inFlight;
    private final List<SlidingWindow> windows = new ArrayList<>();

    ProviderGate(TiProvider provider) {
        this.inFlight = new Semaphore(Math.max(1, provider.maxConcurrency()), true);
        for (RateLimit limit : provider.rateLimits()) {
            windows.add(new SlidingWindow(limit));
        }
    }

    /** Runs {@code call} once a slot is free and every limit allows one more call. */
    <T> T call(Supplier<T> call) throws InterruptedException {
        inFlight.acquire();
        try {
            synchronized (this) {
                // All windows must admit the call at the same instant, so they are checked together.
                while (true) {
                    long now = System.nanoTime();
                    long wait = 0;
                    for (SlidingWindow w : windows) {
                        wait = Math.max(wait, w.nanosUntilFree(now));
                    }
                    if (wait == 0) {
                        for (SlidingWindow w : windows) {
                            w.record(now);
                        }
                        break;
                    }
                    java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            return call.get();
        } finally {
            inFlight.release();
        }
    }

    /** The start times of the last N calls, as a ring. */
    private static final class SlidingWindow {
        private final long[] starts;
        private final long periodNanos;
        private int next;
        private int count;

        SlidingWindow(RateLimit limit) {
            this.starts = new long[(int) Math.min(limit.requests(), 1_000_000)];
            this.periodNanos = limit.period().toNanos();
        }

        long nanosUntilFree(long now) {
            if (count < starts.length) {
                return 0;
            }
            long oldest = starts[next];
            long free = oldest + periodNanos;
            return Math.max(0, free - now);
        }

        void record(long now) {
            starts[next] = now;
            next = (next + 1) % starts.length;
            count = Math.min(count + 1, starts.length);
        }
    }
}
