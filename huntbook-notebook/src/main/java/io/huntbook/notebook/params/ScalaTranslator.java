package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scala: {@code val name: Type = value} for declared parameters, papermill's {@code val name = value} for others;
 * {@code List(...)}, {@code Map("k" -> v)}, {@code Double.NaN}.
 */
final class ScalaTranslator extends ValTranslator {
    private static final Set<String> KEYWORDS = Set.of("abstract", "case", "catch", "class", "def", "do", "else",
            "extends", "false", "final", "finally", "for", "forSome", "if", "implicit", "import", "lazy", "match",
            "new", "null", "object", "override", "package", "private", "protected", "return", "sealed", "super",
            "this", "throw", "trait", "try", "true", "type", "val", "var", "while", "with", "yield", "given", "then",
            "enum", "export");

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    @Override
    public KernelLanguage language() {
        return KernelLanguage.SCALA;
    }

    @Override
    boolean isIdentifier(String name) {
        return isAsciiIdentifier(name) && !KEYWORDS.contains(name);
    }

    @Override
    String quoted(String value) {
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
    String joinPieces(List<String> pieces) {
        return "Array(" + String.join(", ", pieces) + ").mkString";
    }

    @Override
    String translateInteger(BigInteger value) {
        if (JavaLiterals.fitsInt(value)) {
            return value.toString();
        }
        return JavaLiterals.fitsLong(value) ? longLiteral(value) : "BigInt(\"" + value + "\")";
    }

    @Override
    public String intLiteral(BigInteger value) {
        return value.toString();
    }

    @Override
    public String longLiteral(BigInteger value) {
        return value.equals(LONG_MIN) ? "Long.MinValue" : value + "L";
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
    String listOpen() {
        return "List(";
    }

    @Override
    String mapOpen() {
        return "Map(";
    }

    @Override
    String arrow() {
        return " -> ";
    }
}
