package io.huntbook.notebook.params;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Julia: {@code name = value}, {@code nothing}, {@code [a, b]}, {@code Dict("k" => v)}, {@code $} escaped. */
final class JuliaTranslator extends DynamicTranslator {
    private static final Set<String> KEYWORDS = Set.of("baremodule", "begin", "break", "catch", "const", "continue",
            "do", "else", "elseif", "end", "export", "false", "finally", "for", "function", "global", "if", "import",
            "let", "local", "macro", "module", "quote", "return", "struct", "true", "try", "using", "while");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.JULIA;
    }

    @Override
    boolean isIdentifier(String name) {
        return isUnicodeIdentifier(name) && !KEYWORDS.contains(name);
    }

    @Override
    String translateNull() {
        return "nothing";
    }

    @Override
    String translateString(String value) {
        Escaper.requireText(value, "Julia", true);
        return "\"" + Escaper.escape(value, cp -> switch (cp) {
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            case '$' -> "\\$";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> null;
        }, cp -> cp < 0x80 ? String.format("\\x%02x", cp)
                : cp > 0xffff ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp)) + "\"";
    }

    @Override
    String translateBoolean(boolean value) {
        return Boolean.toString(value);
    }

    @Override
    String translateFloat(double value) {
        return floatOr(value, "NaN", "Inf", "-Inf");
    }

    @Override
    String translateMap(Map<?, ?> value) {
        return joinMap(value, "Dict(", " => ", ", ", ")");
    }

    @Override
    String translateList(List<?> value) {
        return joinList(value, "[", ", ", "]");
    }
}
