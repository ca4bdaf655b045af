package io.huntbook.data.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads one cell of a JSON result as the value its column type says: what the vendor writes as text (Kusto's
 * {@code timespan} {@code 1.02:03:04.5}, Log Analytics' {@code dynamic} as JSON text, Splunk's {@code _time} with an
 * offset) becomes the typed value, and a value that does not fit its declared type is kept as text rather than lost.
 */
public final class Cells {
    private Cells() {}

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The value at the parser's current token (a scalar, or a whole object or array), for a column of {@code type}. */
    public static @Nullable Object read(JsonParser p, ColumnType type) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL || t == null) {
            return null;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            return p.readValueAsTree(); // nested values stay JSON whatever the column says (Splunk's multi-values)
        }
        return switch (type) {
            case TEXT -> p.getText();
            case LONG -> switch (t) {
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_NUMBER_FLOAT -> (long) p.getDoubleValue();
                default -> orText(p.getText(), Cells::parseLong);
            };
            case DOUBLE -> t.isNumeric() ? p.getDoubleValue() : orText(p.getText(), Cells::parseDouble);
            case BOOL -> switch (t) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT -> p.getLongValue() != 0;
                default -> orText(p.getText(), Cells::parseBool);
            };
            case INSTANT -> orText(p.getText(), Cells::instant);
            case DURATION -> orText(p.getText(), Cells::duration);
            case DECIMAL -> orText(p.getText(), BigDecimal::new);
            case JSON -> t == JsonToken.VALUE_STRING ? json(p.getText()) : p.readValueAsTree();
            case INFER -> switch (t) {
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> p.getText();
            };
        };
    }

    /** The value of a tree node for a column of {@code type} (for sources read as trees). */
    public static @Nullable Object read(@Nullable JsonNode node, ColumnType type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try (JsonParser p = node.traverse(MAPPER)) {
            p.nextToken();
            return read(p, type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface Parse {
        Object apply(String text);
    }

    private static Object orText(String text, Parse parse) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            return text; // a value that does not fit its declared type: keep it, never drop it
        }
    }

    private static Object parseLong(String s) {
        return Long.parseLong(s.strip());
    }

    private static Object parseDouble(String s) {
        return Double.parseDouble(s.strip());
    }

    private static Object parseBool(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    /** JSON text ({@code dynamic} in Log Analytics' answers); text that is not JSON stays text. */
    static JsonNode json(String text) {
        String s = text.strip();
        if (!s.isEmpty() && (s.charAt(0) == '{' || s.charAt(0) == '[')) {
            try {
                return MAPPER.readTree(s);
            } catch (IOException e) {
                // fall through: not JSON after all
            }
        }
        return MAPPER.getNodeFactory().textNode(text);
    }

    /** An ISO-8601 timestamp with {@code Z} or an offset; one without is UTC. */
    public static Instant instant(String text) {
        String s = text.strip();
        Instant fast = utc(s);
        if (fast != null) {
            return fast;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s, OffsetDateTime::from).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * The common form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} read directly: answers carry a timestamp on every row, and
     * the general formatter costs several times more. Anything else (offsets, no zone) returns null for the formatter.
     */
    static @Nullable Instant utc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n == 21) {
                return null;
            }
            int fraction = digits(s, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 21; i < 9; i++) {
                nanos *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nanos);
        } catch (java.time.DateTimeException e) {
            return null; // 2024-02-30: let the formatter say what is wrong
        }
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Whether {@code text} looks like an ISO timestamp ({@code 2024-05-01T...}), for schemaless columns. */
    static boolean looksLikeInstant(String s) {
        return s.length() >= 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(3));
    }

    /**
     * A .NET {@code TimeSpan} as Kusto writes it: {@code [-][d.]hh:mm:ss[.fffffff]} ({@code 1.02:03:04.5000000},
     * {@code 00:00:01}, {@code -00:30:00}).
     */
    public static Duration duration(String text) {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        long days = 0;
        int colon = s.indexOf(':');
        int dot = s.indexOf('.');
        if (dot >= 0 && dot < colon) {
            days = Long.parseLong(s.substring(0, dot));
            s = s.substring(dot + 1);
        }
        String[] parts = s.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a timespan: " + text);
        }
        String secondsPart = parts[2];
        long nanos = 0;
        int fraction = secondsPart.indexOf('.');
        if (fraction >= 0) {
            String digits = (secondsPart.substring(fraction + 1) + "000000000").substring(0, 9);
            nanos = Long.parseLong(digits);
            secondsPart = secondsPart.substring(0, fraction);
        }
        Duration d = Duration.ofDays(days).plusHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                .plusSeconds(Long.parseLong(secondsPart)).plusNanos(nanos);
        return negative ? d.negated() : d;
    }
}
