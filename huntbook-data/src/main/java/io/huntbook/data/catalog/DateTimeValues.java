package io.huntbook.data.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MSTICPy's rules for a {@code datetime} parameter: a date-time object as it is; a number, or text that is an integer,
 * as a number of days from now; an ISO date or date-time (UTC when it has no offset); otherwise the relative-time
 * grammar ({@code -3d@d}, {@code now-1h}) of huntbook-core. One difference from MSTICPy, which rounds a positive
 * offset up ({@code +1d@d} is the midnight after tomorrow): the shared grammar always rounds down, so a catalog,
 * a schedule and the command line read the same text the same way.
 */
final class DateTimeValues {
    static final String FORMS = "an ISO date or instant (2024-05-01, 2024-05-01T10:00:00Z), a number of days from now"
            + " (-2), or a relative time such as -3d@d or now-1h (rounded down in UTC)";

    private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\s*\\d+\\s*");
    /** A date first: only then are the (exception-throwing) ISO parsers tried. */
    private static final Pattern OFFSET_END = Pattern.compile("T.*[+-]\\d{2}(:?\\d{2})?$");
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final long SECONDS_PER_DAY = 86_400;

    private final RelativeTimes relative;

    DateTimeValues(RelativeTimes relative) {
        this.relative = relative;
    }

    /** The instant {@code value} names, or empty when it names none. */
    Optional<Instant> toInstant(Object value, Instant now) {
        switch (value) {
            case Instant i -> {
                return Optional.of(i);
            }
            case OffsetDateTime t -> {
                return Optional.of(t.toInstant());
            }
            case ZonedDateTime t -> {
                return Optional.of(t.toInstant());
            }
            case LocalDateTime t -> {
                return Optional.of(t.toInstant(ZoneOffset.UTC));
            }
            case LocalDate d -> {
                return Optional.of(d.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            case Date d -> {
                return Optional.of(d.toInstant());
            }
            case Number n -> {
                return Optional.of(plusDays(now, n.doubleValue()));
            }
            case String s -> {
                return parse(s, now);
            }
            default -> {
                return parse(value.toString(), now);
            }
        }
    }

    private Optional<Instant> parse(String text, Instant now) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (INTEGER.matcher(trimmed).matches()) {
            return Optional.of(plusDays(now, Long.parseLong(trimmed.replace(" ", "").replace("+", ""))));
        }
        if (ISO_SHAPE.matcher(trimmed).matches()) {
            Optional<Instant> absolute = iso(trimmed);
            if (absolute.isPresent()) {
                return absolute;
            }
        }
        return relative.parse(trimmed, now);
    }

    private static Optional<Instant> iso(String text) {
        String t = text.replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (t.endsWith("Z") || t.endsWith("z") || OFFSET_END.matcher(t).find()) {
                return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            }
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant plusDays(Instant now, double days) {
        long seconds = (long) Math.floor(days * SECONDS_PER_DAY);
        long nanos = Math.round((days * SECONDS_PER_DAY - seconds) * 1e9);
        return now.plusSeconds(seconds).plusNanos(nanos);
    }
}
