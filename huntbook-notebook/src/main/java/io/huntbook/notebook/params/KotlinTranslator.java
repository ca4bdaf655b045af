package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kotlin: {@code val name: Type = value} for declared parameters, papermill's {@code val name = value} for others;
 * {@code listOf}, {@code mapOf("k" to v)}, {@code $} escaped in strings so a value never starts a template.
 */
final class KotlinTranslator extends ValTranslator {
    private static final Set<String> KEYWORDS = Set.of("as", "break", "class", "continue", "do", "else", "false",
            "for", "fun", "if", "in", "interface", "is", "null", "object", "package", "return", "super", "this",
            "throw", "true", "try", "typealias", "typeof", "val", "var", "when", "while");

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);

    @Override
    public KernelLanguage language() {
        return KernelLanguage.KOTLIN;
    }

    @Override
    boolean isIdentifier(String name) {
        return isUnicodeIdentifier(name) && !KEYWORDS.contains(name);
    }

    @Override
    String quoted(String value) {
        return "\"" + Escaper.escape(value, cp -> switch (cp) {
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            case '$' -> "\\$";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            default -> cp >= 0xd800 && cp <= 0xdfff ? String.format("\\u%04x", cp) : null;
        }, cp -> new String(Character.toChars(cp)).chars().mapToObj(c -> String.format("\\u%04x", c))
                .collect(Collectors.joining())) + "\"";
    }

    @Override
    String joinPieces(List<String> pieces) {
        return "arrayOf(" + String.join(", ", pieces) + ").joinToString(\"\")";
    }

    @Override
    String translateInteger(BigInteger value) {
        if (value.equals(LONG_MIN)) {
            return "Long.MIN_VALUE";
        }
        if (JavaLiterals.fitsInt(value)) {
            return value.toString();
        }
        return JavaLiterals.fitsLong(value) ? value + "L" : "java.math.BigInteger(\"" + value + "\")";
    }

    @Override
    public String intLiteral(BigInteger value) {
        // -2147483648 is the negation of a Long literal in Kotlin, so it is not an Int.
        return value.equals(INT_MIN) ? "Int.MIN_VALUE" : value.toString();
    }

    @Override
    public String longLiteral(BigInteger value) {
        return value.equals(LONG_MIN) ? "Long.MIN_VALUE" : value + "L";
    }

    @Override
    String translateFloat(double value) {
        return JavaLiterals.doubleLiteral(value);
    }

    @Override
    String listOpen() {
        return "listOf(";
    }

    @Override
    String mapOpen() {
        return "mapOf(";
    }

    @Override
    String arrow() {
        return " to ";
    }
}
