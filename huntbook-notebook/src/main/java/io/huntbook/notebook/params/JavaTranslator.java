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
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JShell declarations typed from the notebook's own {@code parameters} cell: {@code -r days 7} against
 * {@code int days = 2;} gives {@code int days = 7;}, an ISO text against {@code Instant} gives
 * {@code Instant.parse("...")}. Every supplied value, {@code -r} text included, is converted to the declared type;
 * one that does not convert is refused (exit 2) naming the parameter, the type and the value. A parameter the cell
 * does not declare gets the type of its value.
 */
final class JavaTranslator implements ParameterTranslator {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "record", "yield", "sealed", "permits");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.JAVA;
    }

    @Override
    public String codify(Map<String, SuppliedValue> values, List<DeclaredParameter> declared) {
        Map<String, DeclaredParameter> byName = new LinkedHashMap<>();
        for (DeclaredParameter p : declared) {
            byName.putIfAbsent(p.name(), p);
        }
        StringBuilder content = new StringBuilder("// Parameters\n");
        values.forEach((name, supplied) -> content.append(declaration(name, supplied, byName.get(name))).append('\n'));
        return content.toString();
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name) || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(cp -> Character.isJavaIdentifierPart(cp)
                && !Character.isIdentifierIgnorable(cp));
    }

    private String declaration(String name, SuppliedValue supplied, @Nullable DeclaredParameter declared) {
        if (!isIdentifier(name)) {
            throw new BadInputException("parameter name '" + name + "' is not a Java identifier:"
                    + " use letters, digits and underscores, not starting with a digit");
        }
        if (declared == null || declared.type() == null) {
            return inferred(name, supplied.value());
        }
        JavaType type;
        if (declared.type().equals("var")) {
            var fromInitializer = JavaType.ofInitializer(declared.defaultValue());
            if (fromInitializer.isEmpty()) {
                return inferred(name, supplied.value());
            }
            type = fromInitializer.get();
        } else {
            type = JavaType.of(declared.type()).orElseThrow(() -> new BadInputException("parameter '" + name
                    + "' is declared " + declared.type() + ", which Huntbook cannot convert values to: declare it as "
                    + JavaType.SUPPORTED));
        }
        if (type.kind() == JavaType.Kind.OBJECT) {
            return type.declared() + " " + name + " = " + JavaLiterals.any(supplied.value()) + ";";
        }
        return type.declared() + " " + name + " = " + new Conversion(name, type, supplied).expression() + ";";
    }

    private static String inferred(String name, @Nullable Object value) {
        return JavaLiterals.inferredType(value) + " " + name + " = " + JavaLiterals.any(value) + ";";
    }

    /** One value converted to one declared type, or refused with a message that names both. */
    private record Conversion(String name, JavaType type, SuppliedValue supplied) {
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
            return "null";
        }

        private String convert(Object value) {
            return switch (type.kind()) {
                case STRING -> JavaLiterals.string(asString(value));
                case INT -> {
                    BigInteger i = asInteger(value);
                    if (!JavaLiterals.fitsInt(i)) {
                        throw refuse(value, "it is outside the int range; declare the parameter long");
                    }
                    yield i.toString();
                }
                case LONG -> {
                    BigInteger i = asInteger(value);
                    if (!JavaLiterals.fitsLong(i)) {
                        throw refuse(value, "it is outside the long range");
                    }
                    yield i + "L";
                }
                case DOUBLE -> JavaLiterals.doubleLiteral(asDouble(value));
                case BOOLEAN -> Boolean.toString(asBoolean(value));
                case INSTANT -> type.qualifier() + ".parse(" + JavaLiterals.string(asInstant(value).toString()) + ")";
                case LOCAL_DATE -> type.qualifier() + ".parse("
                        + JavaLiterals.string(parse(value, LocalDate::parse, "an ISO date such as 2024-01-31").toString()) + ")";
                case LOCAL_DATE_TIME -> type.qualifier() + ".parse("
                        + JavaLiterals.string(asLocalDateTime(value).toString()) + ")";
                case DURATION -> type.qualifier() + ".parse(" + JavaLiterals.string(asDuration(value).toString()) + ")";
                case LIST_STRING -> list(value, '[', "a list such as [a, b]", this::stringElement);
                case LIST_INTEGER -> list(value, '[', "a list of whole numbers such as [1, 2]", this::intElement);
                case MAP_STRING_STRING -> map(value);
                case OBJECT -> JavaLiterals.any(value);
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
            StringBuilder out = new StringBuilder(type.qualifier()).append(".of(");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(element.apply(list.get(i)));
            }
            return out.append(')').toString();
        }

        private String stringElement(@Nullable Object item) {
            if (item == null) {
                throw refuse(supplied.value(), "a List<String> cannot hold null");
            }
            return JavaLiterals.string(asString(item));
        }

        private String intElement(@Nullable Object item) {
            if (item == null) {
                throw refuse(supplied.value(), "a List<Integer> cannot hold null");
            }
            BigInteger i = asInteger(item);
            if (!JavaLiterals.fitsInt(i)) {
                throw refuse(item, "it is outside the int range");
            }
            return i.toString();
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
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() == null) {
                    throw refuse(value, "a Map<String, String> cannot hold null");
                }
                pairs.add(JavaLiterals.string(DynamicTranslator.keyText(e.getKey())) + ", "
                        + JavaLiterals.string(asString(e.getValue())));
            }
            if (pairs.size() <= 10) {
                return type.qualifier() + ".of(" + String.join(", ", pairs) + ")";
            }
            return type.qualifier() + ".ofEntries(" + pairs.stream().map(p -> type.qualifier() + ".entry(" + p + ")")
                    .reduce((a, b) -> a + ", " + b).orElse("") + ")";
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
}
