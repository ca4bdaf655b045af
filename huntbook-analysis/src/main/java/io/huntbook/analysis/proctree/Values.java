package io.huntbook.analysis.proctree;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import io.huntbook.core.table.Ids;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Reading ids and times from cells, and writing times the way MSTICPy's process keys do. */
final class Values {
    private Values() {}

    /** Dates with a space or T, optional seconds and fraction (up to nanoseconds), optional offset or Z. */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final long NANOS = 1_000_000_000L;

    /** A time as nanoseconds since the epoch; null when the cell is empty or not a time. */
    static @Nullable Long epochNanos(@Nullable Object value) {
        Instant instant = instant(value);
        if (instant == null) {
            return null;
        }
        return epochNanos(instant);
    }

    static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
    }

    static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            case LocalDate d -> d.atStartOfDay().toInstant(ZoneOffset.UTC);
            case Date d -> d.toInstant();
            case String s -> parseInstant(s);
            default -> parseInstant(value.toString());
        };
    }

    private static @Nullable Instant parseInstant(String text) {
        String s = text.trim();
        if (s.isEmpty() || s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("nat") || s.equalsIgnoreCase("null")) {
            return null;
        }
        try {
            TemporalAccessor parsed = TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant toInstant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS), Math.floorMod(epochNanos, NANOS));
    }

    /**
     * The time of a key in units of 10 µs, rounded half to even as pandas rounds: equal units give equal
     * {@link #keyTime} texts, and later times never give smaller units.
     */
    static long keyUnits(long epochNanos) {
        long units = Math.floorDiv(epochNanos, 10_000L);
        long rest = Math.floorMod(epochNanos, 10_000L);
        if (rest > 5_000 || (rest == 5_000 && (units & 1) == 1)) {
            units++;
        }
        return units;
    }

    /**
     * MSTICPy's key time: rounded to 10 µs (half to even, as pandas rounds) and written
     * {@code yyyy-MM-dd HH:mm:ss.ffffff} in UTC.
     */
    static String keyTime(long epochNanos) {
        long micros = keyUnits(epochNanos) * 10;
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int micro = (int) Math.floorMod(micros, 1_000_000L);
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        if (time.getYear() >= 0 && time.getYear() <= 9999) {
            // the common case written digit by digit into one array: a key per event of a million
            char[] out = new char[26];
            digits(out, 0, time.getYear(), 4);
            out[4] = '-';
            digits(out, 5, time.getMonthValue(), 2);
            out[7] = '-';
            digits(out, 8, time.getDayOfMonth(), 2);
            out[10] = ' ';
            digits(out, 11, time.getHour(), 2);
            out[13] = ':';
            digits(out, 14, time.getMinute(), 2);
            out[16] = ':';
            digits(out, 17, time.getSecond(), 2);
            out[19] = '.';
            digits(out, 20, micro, 6);
            return new String(out);
        }
        StringBuilder out = new StringBuilder(26);
        pad(out, time.getYear(), 4).append('-');
        pad(out, time.getMonthValue(), 2).append('-');
        pad(out, time.getDayOfMonth(), 2).append(' ');
        pad(out, time.getHour(), 2).append(':');
        pad(out, time.getMinute(), 2).append(':');
        pad(out, time.getSecond(), 2).append('.');
        return pad(out, micro, 6).toString();
    }

    /** {@code value} (non-negative, below 10^width) as {@code width} digits with leading zeros. */
    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /**
     * An id as its value: decimal, {@code 0x} hex, or an integral float ({@code 22536.0}); null when it is none of
     * these.
     */
    static @Nullable Long idValue(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Long l -> l;
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Double d -> (d == Math.rint(d) && !Double.isInfinite(d)) ? d.longValue() : null;
            case Float f -> (f == Math.rint(f) && !Float.isInfinite(f)) ? (long) f.floatValue() : null;
            case BigDecimal b -> {
                try {
                    yield b.longValueExact();
                } catch (ArithmeticException e) {
                    yield null;
                }
            }
            default -> parseId(value.toString().trim());
        };
    }

    private static @Nullable Long parseId(String s) {
        OptionalLong id = Ids.tryParseLong(s);
        return id.isPresent() ? id.getAsLong() : null;
    }

    /**
     * How an id is shown in keys: as written, except that integral floats lose their {@code .0} (MSTICPy turns
     * float id columns into integers first).
     */
    static @Nullable String idText(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Double d -> d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(d.longValue()) : d.toString();
            case Float f -> f == Math.rint(f) && !Float.isInfinite(f) ? Long.toString((long) f.floatValue())
                    : f.toString();
            case String s -> {
                String t = s.trim();
                if (t.isEmpty()) {
                    yield null;
                }
                if (t.endsWith(".0") && idValue(t) != null) {
                    yield t.substring(0, t.indexOf('.'));
                }
                yield t;
            }
            default -> value.toString();
        };
    }

    /** Text of a cell; null when empty. */
    static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof String str ? str : value.toString();
        return s;
    }

    /** Event ids compare as numbers when both are numbers ({@code 4688}, {@code "4688"}, {@code 4688.0}). */
    static boolean sameEventId(@Nullable Object cell, String wanted) {
        if (cell == null) {
            return false;
        }
        Long a = idValue(cell);
        Long b = idValue(wanted);
        if (a != null && b != null) {
            return a.longValue() == b.longValue();
        }
        return cell.toString().trim().equals(wanted);
    }
}
