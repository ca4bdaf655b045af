package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Scala: {@code val name = value}, {@code List(...)}, {@code Map("k" -> v)}, {@code Double.NaN}. */
final class ScalaTranslator extends DynamicTranslator {
    private static final Set<String> KEYWORDS = Set.of("abstract", "case", "catch", "class", "def", "do", "else",
            "extends", "false", "final", "finally", "for", "forSome", "if", "implicit", "import", "lazy", "match",
            "new", "null", "object", "override", "package", "private", "protected", "return", "sealed", "super",
            "this", "throw", "trait", "try", "true", "type", "val", "var", "while", "with", "yield", "given", "then",
            "enum", "export");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.SCALA;
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
        return isAsciiIdentifier(name) && !KEYWORDS.contains(name);
    }

    @Override
    String translateNull() {
        return "null";
    }

    @Override
    String translateString(String value) {
        // Older Scala versions read unicode escapes before anything else, as Java does: only harmless characters
        // are written that way, and backslashes are always doubled.
        return "\"" + Escaper.escape(value, cp -> switch (cp) {
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
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
        if (JavaLiterals.fitsInt(value)) {
            return value.toString();
        }
        return JavaLiterals.fitsLong(value) ? value + "L" : "BigInt(\"" + value + "\")";
    }

    @Override
    String translateFloat(double value) {
        if (Double.isNaN(value)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Double.PositiveInfinity" : "Double.NegativeInfinity";
        }
        return Double.toString(value);
    }

    @Override
    String translateMap(Map<?, ?> value) {
        return joinMap(value, "Map(", " -> ", ", ", ")");
    }

    @Override
    String translateList(List<?> value) {
        return joinList(value, "List(", ", ", ")");
    }
}
