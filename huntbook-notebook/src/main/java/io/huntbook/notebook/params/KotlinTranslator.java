package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Kotlin: {@code val name = value}, {@code listOf}, {@code mapOf("k" to v)}, {@code $} escaped in strings. */
final class KotlinTranslator extends DynamicTranslator {
    private static final Set<String> KEYWORDS = Set.of("as", "break", "class", "continue", "do", "else", "false",
            "for", "fun", "if", "in", "interface", "is", "null", "object", "package", "return", "super", "this",
            "throw", "true", "try", "typealias", "typeof", "val", "var", "when", "while");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.KOTLIN;
    }

    @Override
    String comment(String text) {
        return "// " + text;
    }

    @Override
    String assign(String name, String code) {
        return "val " + name + " = " + code;
    }

    @Override
    boolean isIdentifier(String name) {
        return isUnicodeIdentifier(name) && !KEYWORDS.contains(name);
    }

    @Override
    String translateNull() {
        return "null";
    }

    @Override
    String translateString(String value) {
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
    String translateBoolean(boolean value) {
        return Boolean.toString(value);
    }

    @Override
    String translateInteger(BigInteger value) {
        if (value.equals(BigInteger.valueOf(Long.MIN_VALUE))) {
            return "Long.MIN_VALUE";
        }
        if (JavaLiterals.fitsInt(value)) {
            return value.toString();
        }
        return JavaLiterals.fitsLong(value) ? value + "L" : "java.math.BigInteger(\"" + value + "\")";
    }

    @Override
    String translateFloat(double value) {
        return JavaLiterals.doubleLiteral(value);
    }

    @Override
    String translateMap(Map<?, ?> value) {
        return joinMap(value, "mapOf(", " to ", ", ", ")");
    }

    @Override
    String translateList(List<?> value) {
        return joinList(value, "listOf(", ", ", ")");
    }
}
