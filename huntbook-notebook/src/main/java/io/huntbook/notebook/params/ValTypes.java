package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Kotlin and Scala types Huntbook converts values to, as {@link JavaType}s: the kinds are the same, only the
 * names and the null rules differ. Kotlin types hold null only when written with {@code ?}; in Scala the value
 * types ({@code Int}, {@code Long}, {@code Double}, {@code Boolean}) never do and every other type does.
 */
final class ValTypes {
    private ValTypes() {}

    static final String KOTLIN_SUPPORTED = "String, Int, Long, Double, Boolean (each with or without ?), Instant,"
            + " LocalDate, LocalDateTime, Duration, List<String>, List<Int>, Map<String, String>";
    static final String SCALA_SUPPORTED = "String, Int, Long, Double, Boolean, Instant, LocalDate, LocalDateTime,"
            + " Duration, List[String], List[Int], Map[String, String]";

    private static final Pattern KOTLIN_GENERIC = Pattern.compile("(?<raw>[\\w.]+)<(?<args>.*)>");
    private static final Pattern SCALA_GENERIC = Pattern.compile("(?<raw>[\\w.]+)\\[(?<args>.*)]");

    static String supported(KernelLanguage language) {
        return language == KernelLanguage.KOTLIN ? KOTLIN_SUPPORTED : SCALA_SUPPORTED;
    }

    /** The type a declaration names, or empty when Huntbook has no conversion to it. */
    static Optional<JavaType> of(String declared, KernelLanguage language) {
        boolean kotlin = language == KernelLanguage.KOTLIN;
        String type = declared.replaceAll("\\s+", "");
        boolean question = kotlin && type.endsWith("?");
        if (question) {
            type = type.substring(0, type.length() - 1);
        }
        Matcher generic = (kotlin ? KOTLIN_GENERIC : SCALA_GENERIC).matcher(type);
        JavaType.Kind kind;
        String qualifier = type;
        if (generic.matches()) {
            qualifier = generic.group("raw");
            String simple = simpleName(qualifier);
            String args = generic.group("args").replaceAll("(kotlin|scala|java\\.lang|Predef)\\.", "");
            if (simple.equals("List") && args.equals("String")) {
                kind = JavaType.Kind.LIST_STRING;
            } else if (simple.equals("List") && args.equals("Int")) {
                kind = JavaType.Kind.LIST_INTEGER;
            } else if (simple.equals("Map") && args.equals("String,String")) {
                kind = JavaType.Kind.MAP_STRING_STRING;
            } else {
                return Optional.empty();
            }
        } else {
            kind = switch (simpleName(type)) {
                case "String" -> JavaType.Kind.STRING;
                case "Int" -> JavaType.Kind.INT;
                case "Long" -> JavaType.Kind.LONG;
                case "Double" -> JavaType.Kind.DOUBLE;
                case "Boolean" -> JavaType.Kind.BOOLEAN;
                case "Instant" -> JavaType.Kind.INSTANT;
                case "LocalDate" -> JavaType.Kind.LOCAL_DATE;
                case "LocalDateTime" -> JavaType.Kind.LOCAL_DATE_TIME;
                case "Duration" -> JavaType.Kind.DURATION;
                default -> null;
            };
            if (kind == null) {
                return Optional.empty();
            }
        }
        boolean nullable = kotlin ? question : !isValueType(kind);
        return Optional.of(new JavaType(kind, declared, nullable, qualifier));
    }

    private static boolean isValueType(JavaType.Kind kind) {
        return kind == JavaType.Kind.INT || kind == JavaType.Kind.LONG || kind == JavaType.Kind.DOUBLE
                || kind == JavaType.Kind.BOOLEAN;
    }

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9_]*)");
    private static final Pattern LONG = Pattern.compile("-?(0|[1-9][0-9_]*)[lL]");
    private static final Pattern DOUBLE = Pattern.compile(
            "-?[0-9][0-9_]*\\.[0-9][0-9_]*([eE][-+]?[0-9]+)?|-?[0-9][0-9_]*[eE][-+]?[0-9]+");
    private static final Pattern TIME_CALL = Pattern.compile(
            "^((?:java\\.time\\.)?(?:Instant|LocalDateTime|LocalDate|Duration))\\.\\w+\\((.*)\\)$", Pattern.DOTALL);

    /**
     * The type the compiler infers for {@code val name = value} when the value is a literal, a list or mapping of
     * literals, or a java.time factory call; empty when the form says nothing certain.
     */
    static Optional<JavaType> ofInitializer(@Nullable String value, KernelLanguage language) {
        if (value == null) {
            return Optional.empty();
        }
        boolean kotlin = language == KernelLanguage.KOTLIN;
        String v = value.strip();
        String name = null;
        if (v.startsWith("\"")) {
            name = "String";
        } else if (v.equals("true") || v.equals("false")) {
            name = "Boolean";
        } else if (INTEGER.matcher(v).matches()) {
            // A Kotlin literal too large for Int is a Long; in Scala it does not compile, so say nothing.
            BigInteger i = new BigInteger(v.replace("_", ""));
            name = JavaLiterals.fitsInt(i) ? "Int" : kotlin && JavaLiterals.fitsLong(i) ? "Long" : null;
        } else if (LONG.matcher(v).matches()) {
            name = "Long";
        } else if (DOUBLE.matcher(v).matches()) {
            name = "Double";
        } else {
            Matcher call = TIME_CALL.matcher(v);
            if (call.matches()) {
                name = call.group(1);
            } else {
                String list = kotlin ? "listOf(" : "List(";
                String map = kotlin ? "mapOf(" : "Map(";
                String open = kotlin ? "<" : "[";
                String close = kotlin ? ">" : "]";
                if (v.startsWith(list) && v.substring(list.length()).startsWith("\"")) {
                    name = "List" + open + "String" + close;
                } else if (v.startsWith(list) && v.substring(list.length()).matches("(?s)-?[0-9][0-9_]*\\s*[,)].*")) {
                    name = "List" + open + "Int" + close;
                } else if (v.startsWith(map) && v.substring(map.length())
                        .matches("(?s)\"(?:[^\"\\\\]|\\\\.)*\"\\s*(?:to|->)\\s*\".*")) {
                    name = "Map" + open + "String, String" + close;
                }
            }
        }
        return name == null ? Optional.empty() : of(name, language);
    }

    private static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }
}
