package io.huntbook.notebook.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.notebook.PythonJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the notebook header as jupytext does, with PyYAML's {@code safe_dump(default_flow_style=False)}: keys
 * sorted, two-space indentation, block lists, strings plain unless YAML would read them as something else.
 */
final class YamlHeader {
    private YamlHeader() {}

    private static final Set<String> RESERVED = Set.of("", "~", "null", "Null", "NULL", "true", "True", "TRUE",
            "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
            "y", "Y", "n", "N");
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0[xob][0-9a-fA-F_]+|\\.inf|\\.Inf|\\.INF|\\.nan|\\.NaN"
            + "|\\.NAN|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
    private static final Pattern PLAIN_SAFE = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\x00-\\x1f]*");

    /** The YAML lines of {@code object} (a JSON object), without document markers. */
    static List<String> dump(JsonNode object) {
        List<String> lines = new ArrayList<>();
        writeMapping(object, 0, lines);
        return lines;
    }

    private static void writeMapping(JsonNode object, int indent, List<String> lines) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        keys.sort(null);
        String pad = " ".repeat(indent);
        for (String key : keys) {
            JsonNode value = object.get(key);
            String head = pad + scalar(key) + ":";
            if (value.isObject() && !value.isEmpty()) {
                lines.add(head);
                writeMapping(value, indent + 2, lines);
            } else if (value.isArray() && !value.isEmpty()) {
                lines.add(head);
                writeSequence(value, indent, lines);
            } else {
                lines.add(head + " " + inline(value));
            }
        }
    }

    private static void writeSequence(JsonNode array, int indent, List<String> lines) {
        String pad = " ".repeat(indent);
        for (JsonNode item : array) {
            if (item.isObject() && !item.isEmpty()) {
                List<String> nested = new ArrayList<>();
                writeMapping(item, indent + 2, nested);
                lines.add(pad + "- " + nested.get(0).substring(indent + 2));
                lines.addAll(nested.subList(1, nested.size()));
            } else if (item.isArray() && !item.isEmpty()) {
                List<String> nested = new ArrayList<>();
                writeSequence(item, indent + 2, nested);
                lines.add(pad + "- " + nested.get(0).substring(indent + 2));
                lines.addAll(nested.subList(1, nested.size()));
            } else {
                lines.add(pad + "- " + inline(item));
            }
        }
    }

    private static String inline(JsonNode value) {
        if (value.isObject()) {
            return "{}";
        }
        if (value.isArray()) {
            return "[]";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            double d = value.doubleValue();
            if (Double.isNaN(d)) {
                return ".nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? ".inf" : "-.inf";
            }
            String repr = PythonJson.floatRepr(d);
            return repr.contains("e") && !repr.contains(".") ? repr.replace("e", ".0e") : repr;
        }
        return scalar(value.asText());
    }

    /** A string as PyYAML writes it: plain when safe, single-quoted, or double-quoted with escapes. */
    static String scalar(String text) {
        boolean printableAscii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (!printableAscii) {
            return doubleQuoted(text);
        }
        boolean plain = PLAIN_SAFE.matcher(text).matches() && !RESERVED.contains(text)
                && !NUMBER_LIKE.matcher(text).matches() && !DATE_LIKE.matcher(text).matches()
                && !text.endsWith(" ") && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":");
        if (plain || (text.startsWith("-") && text.length() > 1 && text.charAt(1) != ' '
                && !NUMBER_LIKE.matcher(text).matches() && !text.contains(": ") && !text.contains(" #")
                && !text.endsWith(" ") && !text.endsWith(":"))) {
            return text;
        }
        return "'" + text.replace("'", "''") + "'";
    }

    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0 -> out.append("\\0");
                default -> {
                    if (cp >= 0x20 && cp < 0x7f) {
                        out.appendCodePoint(cp);
                    } else if (cp < 0x100) {
                        out.append(String.format("\\x%02X", cp));
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.append(String.format("\\U%08X", cp));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
