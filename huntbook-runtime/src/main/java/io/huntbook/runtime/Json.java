package io.huntbook.runtime;

import java.lang.reflect.Array;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON writer, so the runtime needs no library next to user code. Maps keep their iteration order; NaN and
 * infinities become {@code null} (JSON has no such numbers); dates and times use their ISO text; anything else that
 * is not a JSON value is first offered to the renderers' {@link Renderer#toJson} (tables become records) and
 * otherwise written as its {@code toString()}.
 */
public final class Json {
    private Json() {}

    /** The JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    /** Appends the JSON text of {@code value}. */
    public static void write(Object value, StringBuilder out) {
        write(value, out, 0);
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (depth > 200) {
            throw new IllegalArgumentException("value nested more than 200 levels deep (a cycle?) cannot be JSON");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double d) {
            number(d, out);
        } else if (value instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                out.append("null");
            } else {
                out.append(Float.toString(f));
            }
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
            string(value instanceof Enum<?> e ? e.name() : value.toString(), out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out, depth + 1);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            array(items.iterator(), out, depth);
        } else if (value.getClass().isArray()) {
            out.append('[');
            int length = Array.getLength(value);
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(Array.get(value, i), out, depth + 1);
            }
            out.append(']');
        } else if (value instanceof Optional<?> optional) {
            write(optional.orElse(null), out, depth + 1);
        } else if (value instanceof TemporalAccessor || value instanceof Date) {
            string(value instanceof Date d ? d.toInstant().toString() : value.toString(), out);
        } else if (value instanceof MimeBundle bundle) {
            write(bundle.data(), out, depth + 1);
        } else {
            Optional<Object> converted = Renderers.toJson(value);
            if (converted.isPresent() && converted.get() != value) {
                write(converted.get(), out, depth + 1);
            } else {
                string(value.toString(), out);
            }
        }
    }

    private static void array(Iterator<?> items, StringBuilder out, int depth) {
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(items.next(), out, depth + 1);
        }
        out.append(']');
    }

    private static void number(double d, StringBuilder out) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.append("null");
        } else {
            out.append(Double.toString(d));
        }
    }

    /** Appends {@code s} as a JSON string: control characters, quotes and backslashes escaped, the rest as is. */
    public static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Line and paragraph separators are valid JSON but break line-delimited readers.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
