package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Java source for values. The compiler turns {@code \}{@code uXXXX} into its character before it reads anything
 * else, anywhere in the source, so a literal must never let a value's backslash start such an escape: every
 * backslash is doubled (an escape needs an even number of backslashes before it), controls are octal escapes, and
 * only harmless characters (never quote, backslash or a line break) are written as unicode escapes.
 */
final class JavaLiterals {
    private JavaLiterals() {}

    /** Above this length a string is joined from pieces at run time: a constant is limited to 65535 bytes. */
    static final int PIECE = 8000;

    /** Java's spelling of typed values. */
    static final TypedSyntax SYNTAX = new TypedSyntax() {
        @Override
        public String nullLiteral() {
            return "null";
        }

        @Override
        public String string(String value) {
            return JavaLiterals.string(value);
        }

        @Override
        public String intLiteral(BigInteger value) {
            return value.toString();
        }

        @Override
        public String longLiteral(BigInteger value) {
            return value + "L";
        }

        @Override
        public String doubleLiteral(double value) {
            return JavaLiterals.doubleLiteral(value);
        }

        @Override
        public String longName() {
            return "long";
        }

        @Override
        public String list(String qualifier, List<String> elements) {
            return qualifier + ".of(" + String.join(", ", elements) + ")";
        }

        @Override
        public String map(String qualifier, Map<String, String> pairs) {
            List<String> entries = pairs.entrySet().stream().map(e -> e.getKey() + ", " + e.getValue()).toList();
            if (entries.size() <= 10) {
                return qualifier + ".of(" + String.join(", ", entries) + ")";
            }
            return qualifier + ".ofEntries(" + entries.stream().map(p -> qualifier + ".entry(" + p + ")")
                    .reduce((a, b) -> a + ", " + b).orElse("") + ")";
        }

        @Override
        public String any(@Nullable Object value) {
            return JavaLiterals.any(value);
        }
    };

    static String string(String value) {
        if (value.length() <= PIECE) {
            return quoted(value);
        }
        StringBuilder out = new StringBuilder("String.join(\"\"");
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + PIECE);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            out.append(", ").append(quoted(value.substring(start, end)));
            start = end;
        }
        return out.append(')').toString();
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append('\\').append(String.format("%03o", (int) c));
                    } else if (c < 0x7f) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))
                            && visible(value.codePointAt(i))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (!Character.isSurrogate(c) && visible(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Whether a non-ASCII character is written as itself: letters, marks, numbers, symbols and punctuation are;
     * invisible ones (format characters such as bidirectional overrides, separators, private use, unassigned) are
     * escaped so the source shows what the value holds.
     */
    static boolean visible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.FORMAT, Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    static String doubleLiteral(double value) {
        if (Double.isNaN(value)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return Double.toString(value);
    }

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static boolean fitsInt(BigInteger value) {
        return value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0;
    }

    static boolean fitsLong(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }

    /** An integer as the narrowest of int, long or BigInteger. */
    static String integer(BigInteger value) {
        if (fitsInt(value)) {
            return value.toString();
        }
        if (fitsLong(value)) {
            return value + "L";
        }
        return "new java.math.BigInteger(\"" + value + "\")";
    }

    /** The declared type Huntbook gives a value that the notebook does not declare. */
    static String inferredType(@Nullable Object value) {
        return switch (value) {
            case null -> "Object";
            case Boolean b -> "boolean";
            case BigInteger i -> fitsInt(i) ? "int" : fitsLong(i) ? "long" : "java.math.BigInteger";
            case Double d -> "double";
            case String s -> "String";
            case List<?> l -> "java.util.List<Object>";
            case Map<?, ?> m -> "java.util.Map<String, Object>";
            default -> "Object";
        };
    }

    /**
     * Any value as an expression: lists keep nulls and order ({@code Arrays.asList}), mappings keep nulls and order
     * (a {@code LinkedHashMap}), both unmodifiable.
     */
    static String any(@Nullable Object value) {
        return switch (value) {
            case null -> "null";
            case Boolean b -> b.toString();
            case BigInteger i -> integer(i);
            case Double d -> doubleLiteral(d);
            case String s -> string(s);
            case List<?> list -> {
                if (list.isEmpty()) {
                    yield "java.util.List.of()";
                }
                StringBuilder out = new StringBuilder("java.util.Collections.unmodifiableList(java.util.Arrays.<Object>asList(");
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(element(list.get(i)));
                }
                yield out.append("))").toString();
            }
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    yield "java.util.Map.<String, Object>of()";
                }
                // An ordered map that takes nulls, filled in an initializer block: explicit type arguments and no
                // lambdas, so the compiler has nothing to infer however deep the nesting (inference over nested
                // generic calls with lambdas made large parameter cells slow to compile).
                StringBuilder out = new StringBuilder(
                        "java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<String, Object>() {{ ");
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append("put(").append(string(DynamicTranslator.keyText(e.getKey()))).append(", ")
                            .append(element(e.getValue())).append("); ");
                }
                yield out.append("}})").toString();
            }
            default -> string(value.toString());
        };
    }

    /** An element of a varargs call or an array: a bare null would be taken for the whole array. */
    private static String element(@Nullable Object value) {
        return value == null ? "(Object) null" : any(value);
    }
}
