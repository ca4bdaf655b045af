package io.huntbook.notebook.params;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A declared Java parameter type that Huntbook converts values to. {@code qualifier} is how the notebook spells the
 * type's class ({@code Instant} or {@code java.time.Instant}), so the factory call resolves as the declaration did.
 */
record JavaType(Kind kind, String declared, boolean nullable, String qualifier) {
    enum Kind {
        STRING, INT, LONG, DOUBLE, BOOLEAN, INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, DURATION, LIST_STRING, LIST_INTEGER,
        MAP_STRING_STRING, OBJECT
    }

    static final String SUPPORTED = "String, int, long, double, boolean (or their boxed forms), Instant, LocalDate,"
            + " LocalDateTime, Duration, List<String>, List<Integer>, Map<String, String>, Object or var";

    private static final Pattern GENERIC = Pattern.compile("(?<raw>[\\w.$]+)<(?<args>.*)>");

    /** The type a declaration names, or empty when Huntbook has no conversion to it. */
    static Optional<JavaType> of(String declared) {
        String type = declared.replaceAll("\\s+", "");
        var generic = GENERIC.matcher(type);
        if (generic.matches()) {
            String raw = generic.group("raw");
            String simple = simpleName(raw);
            String args = generic.group("args").replaceAll("java\\.lang\\.", "");
            if (simple.equals("List") && args.equals("String")) {
                return Optional.of(new JavaType(Kind.LIST_STRING, declared, true, raw));
            }
            if (simple.equals("List") && args.equals("Integer")) {
                return Optional.of(new JavaType(Kind.LIST_INTEGER, declared, true, raw));
            }
            if (simple.equals("Map") && args.equals("String,String")) {
                return Optional.of(new JavaType(Kind.MAP_STRING_STRING, declared, true, raw));
            }
            return Optional.empty();
        }
        String simple = simpleName(type);
        return Optional.ofNullable(switch (simple) {
            case "String" -> new JavaType(Kind.STRING, declared, true, type);
            case "int" -> new JavaType(Kind.INT, declared, false, type);
            case "Integer" -> new JavaType(Kind.INT, declared, true, type);
            case "long" -> new JavaType(Kind.LONG, declared, false, type);
            case "Long" -> new JavaType(Kind.LONG, declared, true, type);
            case "double" -> new JavaType(Kind.DOUBLE, declared, false, type);
            case "Double" -> new JavaType(Kind.DOUBLE, declared, true, type);
            case "boolean" -> new JavaType(Kind.BOOLEAN, declared, false, type);
            case "Boolean" -> new JavaType(Kind.BOOLEAN, declared, true, type);
            case "Instant" -> new JavaType(Kind.INSTANT, declared, true, type);
            case "LocalDate" -> new JavaType(Kind.LOCAL_DATE, declared, true, type);
            case "LocalDateTime" -> new JavaType(Kind.LOCAL_DATE_TIME, declared, true, type);
            case "Duration" -> new JavaType(Kind.DURATION, declared, true, type);
            case "Object" -> new JavaType(Kind.OBJECT, declared, true, type);
            default -> null;
        });
    }

    /**
     * The type of {@code var name = value}, read from the initializer's form: a literal, or a factory call of one
     * of the supported classes. Empty when the form says nothing certain.
     */
    static Optional<JavaType> ofInitializer(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        Kind kind = null;
        String qualifier = "";
        if (v.startsWith("\"")) {
            kind = Kind.STRING;
        } else if (v.equals("true") || v.equals("false")) {
            kind = Kind.BOOLEAN;
        } else if (v.matches("-?(0|[1-9][0-9_]*)")) {
            kind = Kind.INT;
        } else if (v.matches("-?(0|[1-9][0-9_]*)[lL]")) {
            kind = Kind.LONG;
        } else if (v.matches("-?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?[dD]?|-?\\.[0-9]+([eE][-+]?[0-9]+)?[dD]?")) {
            kind = Kind.DOUBLE;
        } else {
            var call = Pattern.compile("^([\\w.]*?)(Instant|LocalDateTime|LocalDate|Duration|List|Map)\\.\\w+\\((.*)\\)$",
                    Pattern.DOTALL).matcher(v);
            if (call.matches()) {
                qualifier = call.group(1) + call.group(2);
                String args = call.group(3).strip();
                kind = switch (call.group(2)) {
                    case "Instant" -> Kind.INSTANT;
                    case "LocalDateTime" -> Kind.LOCAL_DATE_TIME;
                    case "LocalDate" -> Kind.LOCAL_DATE;
                    case "Duration" -> Kind.DURATION;
                    case "List" -> args.startsWith("\"") ? Kind.LIST_STRING
                            : args.matches("-?[0-9].*") ? Kind.LIST_INTEGER : null;
                    default -> args.startsWith("\"") ? Kind.MAP_STRING_STRING : null;
                };
            }
        }
        return kind == null ? Optional.empty() : Optional.of(new JavaType(kind, "var", kind != Kind.INT
                && kind != Kind.LONG && kind != Kind.DOUBLE && kind != Kind.BOOLEAN, qualifier));
    }

    private static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    /** How the type reads in a message. */
    String describe() {
        return declared;
    }
}
