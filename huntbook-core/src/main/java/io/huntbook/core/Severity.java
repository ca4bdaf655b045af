package io.huntbook.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How serious a result is, with MSTICPy's names and order ({@code ResultSeverity}: unknown -1, information 0,
 * warning 1, high 2), so TI results and findings compare the same way in both worlds.
 */
public enum Severity {
    UNKNOWN(-1),
    INFORMATION(0),
    WARNING(1),
    HIGH(2);

    private final int level;

    Severity(int level) {
        this.level = level;
    }

    /** MSTICPy's numeric value. */
    public int level() {
        return level;
    }

    /** Whether this severity is {@code other} or more serious; {@code UNKNOWN} is at least nothing but itself. */
    public boolean atLeast(Severity other) {
        return level >= other.level;
    }

    /** The more serious of two. */
    public static Severity max(Severity a, Severity b) {
        return a.level >= b.level ? a : b;
    }

    /**
     * Parses a name (case-insensitive; {@code info} and {@code high} as MSTICPy writes them) or MSTICPy's number; anything
     * else is {@code UNKNOWN}, as MSTICPy's {@code ResultSeverity.parse} does.
     */
    public static Severity parse(@Nullable Object value) {
        if (value instanceof Severity s) {
            return s;
        }
        if (value instanceof Number n) {
            for (Severity s : values()) {
                if (s.level == n.intValue() && n.doubleValue() == n.intValue()) {
                    return s;
                }
            }
            return UNKNOWN;
        }
        if (value == null) {
            return UNKNOWN;
        }
        String name = value.toString().strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "information", "info", "informational" -> INFORMATION;
            case "warning", "warn" -> WARNING;
            case "high" -> HIGH;
            default -> UNKNOWN;
        };
    }

    /** MSTICPy's name: {@code information}, {@code warning}, {@code high}, {@code unknown}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
