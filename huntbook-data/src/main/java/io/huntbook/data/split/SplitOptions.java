package io.huntbook.data.split;

import io.huntbook.core.BadInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a query over a time range is split: chunks of {@code chunk} ({@code 1d}, {@code 6h}), at most
 * {@code parallelism} running at once, each tried up to {@code attempts} times before it is reported as failed.
 */
public record SplitOptions(Duration chunk, int parallelism, int attempts) {
    private static final Pattern SPAN = Pattern.compile("(\\d+)\\s*(w|d|h|m|min|s)", Pattern.CASE_INSENSITIVE);

    public SplitOptions {
        if (chunk.isZero() || chunk.isNegative()) {
            throw new BadInputException("split chunk must be positive, e.g. 1d or 6h");
        }
        if (parallelism < 1) {
            throw new BadInputException("split parallelism must be at least 1");
        }
        if (attempts < 1) {
            throw new BadInputException("split attempts must be at least 1");
        }
    }

    /** Chunks of {@code chunk}, 4 at a time, each tried 3 times. */
    public static SplitOptions by(Duration chunk) {
        return new SplitOptions(chunk, 4, 3);
    }

    /** MSTICPy's {@code split_query_by} text: {@code 1d}, {@code 6h}, {@code 30m}, {@code 1w}, {@code 90s}. */
    public static SplitOptions by(String chunk) {
        return by(parseChunk(chunk));
    }

    public SplitOptions parallelism(int n) {
        return new SplitOptions(chunk, n, attempts);
    }

    public SplitOptions attempts(int n) {
        return new SplitOptions(chunk, parallelism, n);
    }

    static Duration parseChunk(String text) {
        Matcher m = SPAN.matcher(text.strip());
        if (!m.matches()) {
            throw new BadInputException("cannot read '" + text + "' as a split size: write a number and a unit, e.g. "
                    + "1d, 6h, 30m, 1w");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "w" -> Duration.ofDays(7 * n);
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            case "m", "min" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
