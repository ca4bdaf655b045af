package io.huntbook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as Python's {@code json} module writes it. Jackson's own printer differs in float formatting, key
 * order, escapes and indentation, so byte-for-byte compatibility with Python tools needs this.
 */
public final class PythonJson {
    private PythonJson() {}

    /**
     * As nbformat writes notebooks: {@code json.dumps(obj, indent=1, sort_keys=True, separators=(",", ": "),
     * ensure_ascii=False)}, without a final newline.
     */
    public static String dumps(JsonNode node) {
        StringBuilder out = new StringBuilder(4096);
        write(node, out, 0);
        return out.toString();
    }

    /**
     * As {@code json.dumps(obj)} with its defaults: one line, {@code ", "} and {@code ": "} separators, keys in their
     * order, non-ASCII characters escaped as <code>&#92;uXXXX</code>; {@code NaN} and {@code Infinity} as bare tokens.
     */
    public static String dumpsInline(JsonNode node) {
        StringBuilder out = new StringBuilder();
        writeInline(node, out);
        return out.toString();
    }

    private static void writeInline(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    out.append(first ? "" : ", ");
                    first = false;
                    writeAsciiString(entry.getKey(), out);
                    out.append(": ");
                    writeInline(entry.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonNode item : node) {
                    out.append(first ? "" : ", ");
                    first = false;
                    writeInline(item, out);
                }
                out.append(']');
            }
            case STRING, BINARY, POJO -> writeAsciiString(node.asText(), out);
            default -> write(node, out, 0);
        }
    }

    /** A string with {@code ensure_ascii=True}: every character above U+007F as <code>&#92;uXXXX</code> (pairs for emoji). */
    private static void writeAsciiString(String text, StringBuilder out) {
        StringBuilder plain = new StringBuilder();
        writeString(text, plain);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c > 0x7e) {
                out.append("\\u").append(String.format("%04x", (int) c));
            } else {
                out.append(c);
            }
        }
    }

    private static void write(JsonNode node, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out, depth);
            case ARRAY -> writeArray(node, out, depth);
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            case BINARY, POJO -> writeString(node.asText(), out);
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            entries.add(it.next());
        }
        // Python sorts str keys by code point; String.compareTo compares UTF-16 units, which differs above U+FFFF.
        entries.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> entry : entries) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            writeString(entry.getKey(), out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (JsonNode item : node) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            write(item, out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(' ');
        }
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Python's escapes with {@code ensure_ascii=False}: quote, backslash and C0 controls only. */
    static void writeString(String text, StringBuilder out) {
        out.append('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        // Python would write a lone surrogate raw and then fail to encode the file as UTF-8;
                        // escaping it keeps the notebook writable and readable again.
                        out.append("\\u").append(String.format("%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static void writeNumber(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else {
            out.append(floatRepr(node.doubleValue()));
        }
    }

    /**
     * Python's {@code float.__repr__}: the shortest digits that round-trip (the same digits as Java's
     * {@link Double#toString} since JDK 19), laid out positionally unless the decimal exponent is below -4 or above 16.
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return (Double.doubleToRawLongBits(value) < 0) ? "-0.0" : "0.0";
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        if (decimal.precision() == 2) {
            // Java renders at least two digits (4.9E-324) where one suffices and Python writes it (5e-324).
            BigDecimal oneDigit = decimal.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (oneDigit.doubleValue() == Math.abs(value)) {
                decimal = oneDigit.stripTrailingZeros();
            }
        }
        String digits = decimal.unscaledValue().toString();
        // value = 0.digits * 10^decpt
        int decpt = digits.length() - decimal.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = decpt - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        } else if (decpt <= 0) {
            out.append("0.");
            out.append("0".repeat(-decpt));
            out.append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }
}
