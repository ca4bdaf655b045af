package io.huntbook.data.catalog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The query language of a data environment: its string literals (for context-aware escaping), and how a datetime and
 * a list are written into it, following the MSTICPy driver of that environment.
 */
enum Dialect {
    /** Kusto (Sentinel, Defender, Resource Graph): {@code datetime({start})} takes ISO-8601 with {@code Z}. */
    KQL(List.of(QuoteRule.of("@'", "'", Escape.DOUBLING), QuoteRule.of("@\"", "\"", Escape.DOUBLING),
            QuoteRule.of("```", "```", Escape.NONE), QuoteRule.of('\'', Escape.BACKSLASH),
            QuoteRule.of('"', Escape.BACKSLASH)), "//", QuoteRule.of('\'', Escape.BACKSLASH), ", "),
    /** Splunk SPL: datetimes as {@code "2024-05-01 10:00:00.000000"}, list items double-quoted. */
    SPL(List.of(QuoteRule.of('"', Escape.BACKSLASH), QuoteRule.of('\'', Escape.BACKSLASH)), null,
            QuoteRule.of('"', Escape.BACKSLASH), ","),
    /** SQL (DuckDB local data, OpenObserve): {@code ''} inside strings, datetimes as {@code TIMESTAMP '...'}. */
    SQL(List.of(QuoteRule.of('\'', Escape.DOUBLING), QuoteRule.of('"', Escape.DOUBLING)), "--",
            QuoteRule.of('\'', Escape.DOUBLING), ", "),
    /** JSON request bodies (Prisma Cloud, Elastic), with RQL strings inside JSON strings. */
    JSON(List.of(QuoteRule.of('"', Escape.JSON).containing(QuoteRule.of('\'', Escape.BACKSLASH))), null,
            QuoteRule.of('\'', Escape.BACKSLASH), ", "),
    /** OData filters (Microsoft Graph): {@code ''} inside strings, datetimes bare ISO-8601. */
    ODATA(List.of(QuoteRule.of('\'', Escape.DOUBLING)), null, QuoteRule.of('\'', Escape.DOUBLING), ", "),
    /** Cybereason: the template is JSON and parameters replace whole JSON values; datetimes in epoch milliseconds. */
    CYBEREASON(List.of(QuoteRule.of('"', Escape.JSON)), null, QuoteRule.of('"', Escape.JSON), ", "),
    /** MSTICPy's default formatters, for languages without a driver formatter (Sumo Logic, unknown ones). */
    DEFAULT(List.of(QuoteRule.of('\'', Escape.BACKSLASH), QuoteRule.of('"', Escape.BACKSLASH)), null,
            QuoteRule.of('\'', Escape.BACKSLASH), ", ");

    private final List<QuoteRule> quotes;
    private final @Nullable String lineComment;
    private final QuoteRule listItemQuote;
    private final String listSeparator;

    Dialect(List<QuoteRule> quotes, @Nullable String lineComment, QuoteRule listItemQuote, String listSeparator) {
        this.quotes = quotes;
        this.lineComment = lineComment;
        this.listItemQuote = listItemQuote;
        this.listSeparator = listSeparator;
    }

    /** The string literals at the top level of the language, longest opening first. */
    List<QuoteRule> quotes() {
        return quotes;
    }

    /** The line-comment marker, or null. */
    @Nullable String lineComment() {
        return lineComment;
    }

    QuoteRule listItemQuote() {
        return listItemQuote;
    }

    String listSeparator() {
        return listSeparator;
    }

    /**
     * How data text is written where the template leaves it unquoted: SQL writes it as a string literal (what a
     * prepared statement binds); the other languages take only a plain token there (null).
     */
    @Nullable QuoteRule bareTextQuote() {
        return this == SQL ? listItemQuote : null;
    }

    /** A datetime written where the template puts it unquoted, as the environment's MSTICPy driver writes it. */
    String dateTimeLiteral(Instant instant) {
        return switch (this) {
            case SPL -> '"' + isoText(instant, ' ') + '"';
            case SQL -> "TIMESTAMP '" + isoText(instant, ' ') + "'";
            case CYBEREASON -> Long.toString(instant.toEpochMilli());
            default -> isoText(instant, 'T') + "Z";
        };
    }

    /** A datetime written inside a string literal of the template: the literal's text without its quotes. */
    String dateTimeText(Instant instant) {
        return switch (this) {
            case SPL, SQL -> isoText(instant, ' ');
            case CYBEREASON -> Long.toString(instant.toEpochMilli());
            default -> isoText(instant, 'T') + "Z";
        };
    }

    /**
     * Python's {@code datetime.isoformat(sep)} of a naive UTC datetime: microseconds only when not zero (sub-microsecond
     * digits are dropped, as Python has none).
     */
    static String isoText(Instant instant, char separator) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(26);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append(separator);
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2);
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            out.append('.');
            pad(out, micros, 6);
        }
        return out.toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
