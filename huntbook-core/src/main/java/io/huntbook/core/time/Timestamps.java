package io.huntbook.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
        String s = text.strip();
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-'
                || !digits(s, 8, 10)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(s.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
            if (n == 10) {
                return date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            char sep = s.charAt(10);
            if (sep != 'T' && sep != 't' && sep != ' ') {
                return null;
            }
            String rest = s.substring(11);
            ZoneOffset offset = ZoneOffset.UTC;
            int zoneAt = offsetStart(rest);
            if (zoneAt >= 0) {
                String zone = rest.substring(zoneAt).strip();
                offset = zone.equalsIgnoreCase("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone);
                rest = rest.substring(0, zoneAt).strip();
            }
            if (rest.length() < 5 || !digits(rest, 0, 2) || rest.charAt(2) != ':') {
                return null;
            }
            LocalTime time = LocalTime.parse(rest, DateTimeFormatter.ISO_LOCAL_TIME);
            return date.atTime(time).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Where the offset starts in the time part ("12:00:00+02:00" gives 8), or -1 when there is none. */
    private static int offsetStart(String time) {
        for (int i = 0; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return i;
            }
        }
        return -1;
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
