package io.huntbook.server.ledger;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Which runs {@link Ledger#list} returns: every given condition must hold; newest first, at most {@code limit}. */
public record RunFilter(@Nullable RunState state, @Nullable String template, @Nullable Instant since, int limit) {
    public RunFilter {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
    }

    public static RunFilter all() {
        return new RunFilter(null, null, null, 1000);
    }
}
