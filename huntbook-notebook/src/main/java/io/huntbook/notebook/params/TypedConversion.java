package io.huntbook.notebook.params;

import io.huntbook.core.BadInputException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One value converted to one declared type, or refused with a message that names both. The conversion is the same
 * for Java, Kotlin and Scala; only the spelling of the result differs, which {@link TypedSyntax} gives.
 */
record TypedConversion(String name, JavaType type, SuppliedValue supplied, TypedSyntax syntax) {
    private static final Pattern SHORT_DURATION = Pattern.compile("(-?\\d+)\\s*(d|h|m|s|ms)",
            Pattern.CASE_INSENSITIVE);

    String expression() {
        String text = supplied.text();
        // -p None means no value, as papermill has it; -r text is always the string itself.
        if (text != null && !supplied.raw() && text.equals("None")) {
            return nullValue();
        }
        Object value = text != null ? text : supplied.value();
        if (value == null) {
            return nullValue();
        }
        return convert(value);
    }

    private String nullValue() {
        if (!type.nullable()) {
            throw refuse(null, type.describe() + " cannot be null; give a value");
        }
        return syntax.nullLiteral();
    }

    private String convert(Object value) {
        return switch (type.kind()) {
            case STRING -> syntax.string(asString(value));
            case INT -> {
                BigInteger i = asInteger(value);
                if (!JavaLiterals.fitsInt(i)) {
                    throw refuse(value, "it is outside the int range; declare the parameter " + syntax.longName());
                }
                yield syntax.intLiteral(i);
            }
            case LONG -> {
                BigInteger i = asInteger(value);
                if (!JavaLiterals.fitsLong(i)) {
                    throw refuse(value, "it is outside the long range");
                }
                yield syntax.longLiteral(i);
            }
            case DOUBLE -> syntax.doubleLiteral(asDouble(value));
            case BOOLEAN -> Boolean.toString(asBoolean(value));
            case INSTANT -> syntax.parse(type.qualifier(), asInstant(value).toString());
            case LOCAL_DATE -> syntax.parse(type.qualifier(),
                    parse(value, LocalDate::parse, "an ISO date such as 2024-01-31").toString());
            case LOCAL_DATE_TIME -> syntax.parse(type.qualifier(), asLocalDateTime(value).toString());
            case DURATION -> syntax.parse(type.qualifier(), asDuration(value).toString());
            case LIST_STRING -> list(value, '[', "a list such as [a, b]", this::stringElement);
            case LIST_INTEGER -> list(value, '[', "a list of whole numbers such as [1, 2]", this::intElement);
            case MAP_STRING_STRING -> map(value);
            case OBJECT -> syntax.any(value);
        };
    }

    private String asString(Object value) {
        return switch (value) {
            case String s -> s;
            case BigInteger i -> i.toString();
            case Double d -> PythonNumbers.repr(d);
            case Boolean b -> b.toString();
            default -> throw refuse(value, "a " + kindOf(value) + " is not a string");
        };
    }

    private BigInteger asInteger(Object value) {
        return switch (value) {
            case BigInteger i -> i;
            case Double d when !d.isNaN() && !d.isInfinite() && d == Math.rint(d) ->
                    new java.math.BigDecimal(d).toBigIntegerExact();
            case String s -> PythonNumbers.parseInt(s).orElseThrow(() -> refuse(s, "it is not a whole number"));
            default -> throw refuse(value, "it is not a whole number");
        };
    }

    private double asDouble(Object value) {
        return switch (value) {
            case BigInteger i -> i.doubleValue();
            case Double d -> d;
            case String s -> PythonNumbers.parseFloat(s).orElseThrow(() -> refuse(s, "it is not a number"));
            default -> throw refuse(value, "it is not a number");
        };
    }

    private boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> {
                    return true;
                }
                case "false" -> {
                    return false;
                }
                default -> { }
            }
        }
        throw refuse(value, "give true or false");
    }

    private Instant asInstant(Object value) {
        String s = textOf(value, "an ISO instant such as 2024-01-31T10:00:00Z");
        try {
            return Instant.parse(s);
        } catch (DateTimeException e) {
            // Try the other ISO forms below: an offset date-time, a local date-time (UTC) or a date.
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            // Not an offset date-time either.
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            // Not a local date-time either.
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            throw refuse(value, "give an ISO instant such as 2024-01-31T10:00:00Z");
        }
    }

    private LocalDateTime asLocalDateTime(Object value) {
        String s = textOf(value, "an ISO date-time such as 2024-01-31T10:00:00");
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeException e) {
            return parse(s, LocalDate::parse, "an ISO date-time such as 2024-01-31T10:00:00").atStartOfDay();
        }
    }

    private Duration asDuration(Object value) {
        String s = textOf(value, "an ISO duration such as PT2H, or 2h, 30m, 7d");
        Matcher m = SHORT_DURATION.matcher(s.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            };
        }
        return parse(s, Duration::parse, "an ISO duration such as PT2H, or 2h, 30m, 7d");
    }

    private <T> T parse(Object value, Function<String, T> parser, String expected) {
        String s = textOf(value, expected);
        try {
            return parser.apply(s.strip());
        } catch (DateTimeException | ArithmeticException e) {
            throw refuse(value, "give " + expected);
        }
    }

    private String textOf(Object value, String expected) {
        if (value instanceof String s) {
            return s;
        }
        throw refuse(value, "give " + expected);
    }

    private String list(Object value, char open, String expected, Function<@Nullable Object, String> element) {
        List<?> list;
        if (value instanceof List<?> l) {
            list = l;
        } else if (value instanceof String s && s.strip().startsWith(String.valueOf(open))) {
            Object parsed = YamlParameters.parseValue(s, "the value of parameter '" + name + "'");
            if (!(parsed instanceof List<?> l)) {
                throw refuse(value, "give " + expected);
            }
            list = l;
        } else if (value instanceof String s) {
            List<String> parts = new ArrayList<>();
            for (String part : s.split(",", -1)) {
                parts.add(part.strip());
            }
            list = s.isBlank() ? List.of() : parts;
        } else {
            throw refuse(value, "give " + expected);
        }
        List<String> elements = new ArrayList<>();
        for (Object item : list) {
            elements.add(element.apply(item));
        }
        return syntax.list(type.qualifier(), elements);
    }

    private String stringElement(@Nullable Object item) {
        if (item == null) {
            throw refuse(supplied.value(), "a " + type.describe() + " cannot hold null");
        }
        return syntax.string(asString(item));
    }

    private String intElement(@Nullable Object item) {
        if (item == null) {
            throw refuse(supplied.value(), "a " + type.describe() + " cannot hold null");
        }
        BigInteger i = asInteger(item);
        if (!JavaLiterals.fitsInt(i)) {
            throw refuse(item, "it is outside the int range");
        }
        return syntax.intLiteral(i);
    }

    private String map(Object value) {
        Map<?, ?> map;
        if (value instanceof Map<?, ?> m) {
            map = m;
        } else if (value instanceof String s && s.strip().startsWith("{")) {
            Object parsed = YamlParameters.parseValue(s, "the value of parameter '" + name + "'");
            if (!(parsed instanceof Map<?, ?> m)) {
                throw refuse(value, "give a mapping such as {a: b}");
            }
            map = m;
        } else {
            throw refuse(value, "give a mapping such as {a: b}");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() == null) {
                throw refuse(value, "a " + type.describe() + " cannot hold null");
            }
            pairs.put(syntax.string(DynamicTranslator.keyText(e.getKey())), syntax.string(asString(e.getValue())));
        }
        return syntax.map(type.qualifier(), pairs);
    }

    private BadInputException refuse(@Nullable Object value, String why) {
        String shown = value instanceof String s ? "\"" + abbreviate(s) + "\"" : String.valueOf(value);
        return new BadInputException("parameter '" + name + "' is declared " + type.describe()
                + " but got " + shown + ": " + why);
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\n", "\\n").replace("\r", "\\r");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine;
    }

    private static String kindOf(Object value) {
        return value instanceof List<?> ? "list" : value instanceof Map<?, ?> ? "mapping"
                : value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
