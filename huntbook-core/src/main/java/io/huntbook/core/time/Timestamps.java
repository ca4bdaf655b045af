package io.huntbook.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one timestamp policy (DESIGN.md §6.A): ISO-8601 dates and date-times, with {@code T} or a space between date and
 * time, optional seconds and fraction, and an optional offset ({@code Z}, {@code +02:00}, {@code +0200},
 * {@code +02}). A time without an offset is UTC; a date alone is midnight UTC.
 */
public final class Timestamps {
    private Timestamps() {}

    /** The instant {@code text} names, or empty when it is not a timestamp in one of the accepted forms. */
    public static Optional<Instant> parse(String text) {
        return Optional.ofNullable(parseOrNull(text));
    }

    /**
     * The instant {@code text} names, or null. Cheap for text that is clearly not a timestamp (no exception thrown),
     * because table typing calls it on every cell of a column.
     */
    public static @Nullable Instant parseOrNull(String text) {
        // Hand-parsed rather than with DateTimeFormatter: typing a table calls this for every cell, and the
        // formatter's field maps cost more than the rest of reading a CSV.
        String s = text.strip();
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-'
                || !digits(s, 8, 10)) {
            return null;
        }
        try {
            int year = number(s, 0, 4);
            int month = number(s, 5, 7);
            int day = number(s, 8, 10);
            if (n == 10) {
                return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            char sep = s.charAt(10);
            if ((sep != 'T' && sep != 't' && sep != ' ') || n < 16 || !digits(s, 11, 13) || s.charAt(13) != ':'
                    || !digits(s, 14, 16)) {
                return null;
            }
            int hour = number(s, 11, 13);
            int minute = number(s, 14, 16);
            int second = 0;
            int nano = 0;
            int pos = 16;
            if (pos < n && s.charAt(pos) == ':') {
                if (pos + 3 > n || !digits(s, pos + 1, pos + 3)) {
                    return null;
                }
                second = number(s, pos + 1, pos + 3);
                pos += 3;
                if (pos < n && (s.charAt(pos) == '.' || s.charAt(pos) == ',')) {
                    int from = ++pos;
                    while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                        pos++;
                    }
                    int digits = pos - from;
                    if (digits == 0 || digits > 9) {
                        return null;
                    }
                    nano = number(s, from, pos);
                    for (int i = digits; i < 9; i++) {
                        nano *= 10;
                    }
                }
            }
            while (pos < n && s.charAt(pos) == ' ') {
                pos++;
            }
            ZoneOffset offset = ZoneOffset.UTC;
            if (pos < n) {
                offset = offset(s, pos);
                if (offset == null) {
                    return null;
                }
            }
            return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM} from {@code pos} to the end, or null. */
    private static @Nullable ZoneOffset offset(String s, int pos) {
        int n = s.length();
        char c = s.charAt(pos);
        if (c == 'Z' || c == 'z') {
            return pos + 1 == n ? ZoneOffset.UTC : null;
        }
        if ((c != '+' && c != '-') || pos + 3 > n || !digits(s, pos + 1, pos + 3)) {
            return null;
        }
        int sign = c == '-' ? -1 : 1;
        int hours = number(s, pos + 1, pos + 3);
        int at = pos + 3;
        int minutes = 0;
        if (at < n && s.charAt(at) == ':') {
            at++;
        }
        if (at < n) {
            if (at + 2 != n || !digits(s, at, at + 2)) {
                return null;
            }
            minutes = number(s, at, at + 2);
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** ISO-8601 UTC with {@code Z}, the form every output uses. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
