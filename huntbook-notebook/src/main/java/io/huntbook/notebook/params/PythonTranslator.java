package io.huntbook.notebook.params;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python exactly as papermill 2.6 writes it without {@code black}: strings through {@code unicode_escape} with
 * {@code "} escaped, {@code repr} of floats with {@code float('nan')} and {@code float('inf')}, {@code True},
 * {@code None}, lists and dicts with their keys written as strings.
 */
final class PythonTranslator extends DynamicTranslator {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.PYTHON;
    }

    @Override
    String comment(String text) {
        return ("# " + text).strip();
    }

    @Override
    boolean isIdentifier(String name) {
        return isUnicodeIdentifier(name) && !KEYWORDS.contains(name);
    }

    @Override
    String translateNull() {
        return "None";
    }

    @Override
    String translateString(String value) {
        return "\"" + unicodeEscape(value).replace("\"", "\\\"") + "\"";
    }

    /** Python's {@code str.encode('unicode_escape').decode()}. */
    static String unicodeEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (cp < 0x20 || (cp >= 0x7f && cp < 0x100)) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp >= 0x10000) {
                        out.append(String.format("\\U%08x", cp));
                    } else if (cp >= 0x100) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append((char) cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** CPython refuses to read an integer literal longer than this (sys.int_info.default_max_str_digits). */
    private static final int MAX_INT_DIGITS = 4300;

    @Override
    String translateInteger(java.math.BigInteger value) {
        String digits = value.toString();
        if (digits.length() - (value.signum() < 0 ? 1 : 0) > MAX_INT_DIGITS) {
            throw new io.huntbook.core.BadInputException("an integer parameter has " + digits.length()
                    + " digits, more than Python reads (" + MAX_INT_DIGITS + "): pass it as a string");
        }
        return digits;
    }

    @Override
    String translateBoolean(boolean value) {
        return value ? "True" : "False";
    }

    @Override
    String translateFloat(double value) {
        return floatOr(value, "float('nan')", "float('inf')", "float('-inf')");
    }

    @Override
    String translateMap(Map<?, ?> value) {
        return joinMap(value, "{", ": ", ", ", "}");
    }

    @Override
    String translateList(List<?> value) {
        return joinList(value, "[", ", ", "]");
    }
}
