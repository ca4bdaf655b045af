package io.huntbook.notebook.params;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R: {@code name = value}, {@code NULL}, {@code TRUE}, {@code list("k" = v)}, {@code NaN}/{@code Inf}. Strings use
 * {@code \}{@code u{...}} escapes, never papermill's {@code \}{@code x} bytes, which R reads as Latin-1; R strings
 * cannot hold NUL, so such a value is refused.
 */
final class RTranslator extends DynamicTranslator {
    private static final Set<String> RESERVED = Set.of("if", "else", "repeat", "while", "function", "for", "next",
            "break", "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_", "in");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.R;
    }

    @Override
    boolean isIdentifier(String name) {
        return name.matches("([A-Za-z]|\\.(?![0-9]))[A-Za-z0-9._]*|\\.") && !RESERVED.contains(name);
    }

    @Override
    String translateNull() {
        return "NULL";
    }

    @Override
    String translateString(String value) {
        Escaper.requireText(value, "R", false);
        return "\"" + Escaper.escape(value, cp -> switch (cp) {
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> null;
        }, cp -> cp > 0xffff ? String.format("\\U{%x}", cp) : String.format("\\u{%x}", cp)) + "\"";
    }

    @Override
    String translateBoolean(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    @Override
    String translateFloat(double value) {
        return floatOr(value, "NaN", "Inf", "-Inf");
    }

    @Override
    String translateMap(Map<?, ?> value) {
        return joinMap(value, "list(", " = ", ", ", ")");
    }

    @Override
    String translateList(List<?> value) {
        return joinList(value, "list(", ", ", ")");
    }
}
