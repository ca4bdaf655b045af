package io.huntbook.core.time;

import io.huntbook.core.BadInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A point in time as people write it in catalogs, schedules and on the command line (DESIGN.md §6.D): an ISO instant
 * or date ({@code 2024-05-01T12:00:00Z}, {@code 2024-05-01}), or {@code [now]±N(y|mon|w|d|h|m|s)} terms with an
 * optional {@code @unit} rounding, e.g. {@code now}, {@code now-1h}, {@code -3d@d}, {@code -1d@d+8h}.
 *
 * <p>Relative forms are kept as an expression and resolved against a clock ({@link #resolve(Instant)}), so a schedule
 * can hold {@code -1d@d} and mean "yesterday at midnight" on every run. Arithmetic and rounding are in UTC: {@code @d}
 * is midnight UTC, {@code @w} Monday midnight UTC, {@code @mon} the first of the month, {@code @y} the first of
 * January. Units and {@code now} are case-insensitive; blanks between terms are allowed.
 */
public final class RelativeTime {
    /** How to write a time; every parse error says it. */
    public static final String FORMS = "use an ISO instant (2024-05-01T12:00:00Z), a date (2024-05-01), now,"
            + " or now/±N with a unit y, mon, w, d, h, m or s and an optional @unit rounding"
            + " (now-1h, -3d@d, +2w, -1d@d+8h)";

    /** A time unit of the grammar. */
    public enum Unit {
        YEAR("y", ChronoUnit.YEARS),
        MONTH("mon", ChronoUnit.MONTHS),
        WEEK("w", ChronoUnit.WEEKS),
        DAY("d", ChronoUnit.DAYS),
        HOUR("h", ChronoUnit.HOURS),
        MINUTE("m", ChronoUnit.MINUTES),
        SECOND("s", ChronoUnit.SECONDS);

        private final String symbol;
        private final ChronoUnit chrono;

        Unit(String symbol, ChronoUnit chrono) {
            this.symbol = symbol;
            this.chrono = chrono;
        }

        /** The symbol written in expressions: {@code y}, {@code mon}, {@code w}, {@code d}, {@code h}, {@code m}, {@code s}. */
        public String symbol() {
            return symbol;
        }

        static @Nullable Unit ofSymbol(String symbol) {
            for (Unit unit : values()) {
                if (unit.symbol.equals(symbol)) {
                    return unit;
                }
            }
            return null;
        }
    }

    /** One {@code ±N unit} term. */
    public record Offset(long amount, Unit unit) {
        @Override
        public String toString() {
            return (amount < 0 ? "-" : "+") + Math.abs(amount) + unit.symbol;
        }
    }

    private final @Nullable Instant absolute;
    private final List<Offset> before;
    private final @Nullable Unit rounding;
    private final List<Offset> after;

    private RelativeTime(@Nullable Instant absolute, List<Offset> before, @Nullable Unit rounding, List<Offset> after) {
        this.absolute = absolute;
        this.before = List.copyOf(before);
        this.rounding = rounding;
        this.after = List.copyOf(after);
    }

    /** A fixed instant. */
    public static RelativeTime of(Instant instant) {
        return new RelativeTime(instant, List.of(), null, List.of());
    }

    /** {@code now}. */
    public static RelativeTime now() {
        return new RelativeTime(null, List.of(), null, List.of());
    }

    /** Parses {@code text}; throws {@link BadInputException} saying which forms parse. */
    public static RelativeTime parse(String text) {
        RelativeTime parsed = tryParseOrNull(text);
        if (parsed == null) {
            throw new BadInputException("cannot parse \"" + text + "\" as a time: " + FORMS);
        }
        return parsed;
    }

    /** Parses {@code text}, or empty when it is in none of the forms. */
    public static Optional<RelativeTime> tryParse(String text) {
        return Optional.ofNullable(tryParseOrNull(text));
    }

    /** Parses {@code text} and resolves it against {@code now} in one step. */
    public static Instant resolve(String text, Instant now) {
        return parse(text).resolve(now);
    }

    private static @Nullable RelativeTime tryParseOrNull(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Instant instant = Timestamps.parseOrNull(s);
        if (instant != null) {
            return of(instant);
        }
        s = s.toLowerCase(Locale.ROOT).replace(" ", "").replace("\t", "");
        int[] pos = {0};
        if (s.startsWith("now")) {
            pos[0] = 3;
        } else if (s.charAt(0) != '+' && s.charAt(0) != '-' && s.charAt(0) != '@') {
            return null;
        }
        List<Offset> before = offsets(s, pos);
        if (before == null) {
            return null;
        }
        Unit rounding = null;
        List<Offset> after = List.of();
        if (pos[0] < s.length() && s.charAt(pos[0]) == '@') {
            pos[0]++;
            rounding = unit(s, pos);
            if (rounding == null) {
                return null;
            }
            after = offsets(s, pos);
            if (after == null) {
                return null;
            }
        }
        if (pos[0] != s.length()) {
            return null;
        }
        return new RelativeTime(null, before, rounding, after);
    }

    /** Reads {@code ±N unit} terms from {@code pos}; null when one is malformed. */
    private static @Nullable List<Offset> offsets(String s, int[] pos) {
        List<Offset> terms = new ArrayList<>();
        while (pos[0] < s.length() && (s.charAt(pos[0]) == '+' || s.charAt(pos[0]) == '-')) {
            boolean negative = s.charAt(pos[0]) == '-';
            pos[0]++;
            int start = pos[0];
            while (pos[0] < s.length() && s.charAt(pos[0]) >= '0' && s.charAt(pos[0]) <= '9') {
                pos[0]++;
            }
            if (pos[0] == start || pos[0] - start > 9) {
                return null;
            }
            long amount = Long.parseLong(s.substring(start, pos[0]));
            Unit unit = unit(s, pos);
            if (unit == null) {
                return null;
            }
            terms.add(new Offset(negative ? -amount : amount, unit));
        }
        return terms;
    }

    /** Reads a unit symbol at {@code pos}; {@code mon} is tried before {@code m}. */
    private static @Nullable Unit unit(String s, int[] pos) {
        if (s.startsWith("mon", pos[0])) {
            pos[0] += 3;
            return Unit.MONTH;
        }
        if (pos[0] < s.length()) {
            Unit unit = Unit.ofSymbol(String.valueOf(s.charAt(pos[0])));
            if (unit != null && unit != Unit.MONTH) {
                pos[0]++;
                return unit;
            }
        }
        return null;
    }

    /** The instant this time names when the clock reads {@code now}. */
    public Instant resolve(Instant now) {
        if (absolute != null) {
            return absolute;
        }
        try {
            ZonedDateTime t = apply(now.atZone(ZoneOffset.UTC), before);
            if (rounding != null) {
                t = round(t, rounding);
            }
            return apply(t, after).toInstant();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new BadInputException("the time \"" + this + "\" is out of range: use a smaller offset", e);
        }
    }

    private static ZonedDateTime apply(ZonedDateTime t, List<Offset> offsets) {
        for (Offset offset : offsets) {
            t = t.plus(offset.amount(), offset.unit().chrono);
        }
        return t;
    }

    static ZonedDateTime round(ZonedDateTime t, Unit unit) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> t.truncatedTo(unit.chrono);
            case WEEK -> t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case YEAR -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
    }

    /** Whether this time depends on the clock. */
    public boolean isRelative() {
        return absolute == null;
    }

    /** The fixed instant, when this time is not relative. */
    public Optional<Instant> absolute() {
        return Optional.ofNullable(absolute);
    }

    /** The terms applied before rounding. */
    public List<Offset> offsets() {
        return before;
    }

    /** The rounding unit, if any. */
    public Optional<Unit> rounding() {
        return Optional.ofNullable(rounding);
    }

    /** The terms applied after rounding. */
    public List<Offset> offsetsAfterRounding() {
        return after;
    }

    /** The canonical text, which parses back to an equal value: an ISO instant, or {@code now-3d@d}. */
    @Override
    public String toString() {
        if (absolute != null) {
            return Timestamps.format(absolute);
        }
        StringBuilder text = new StringBuilder("now");
        before.forEach(text::append);
        if (rounding != null) {
            text.append('@').append(rounding.symbol);
            after.forEach(text::append);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelativeTime r && Objects.equals(absolute, r.absolute) && before.equals(r.before)
                && rounding == r.rounding && after.equals(r.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(absolute, before, rounding, after);
    }
}
