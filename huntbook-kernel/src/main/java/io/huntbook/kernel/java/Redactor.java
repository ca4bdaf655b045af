package io.huntbook.kernel.java;

import io.huntbook.core.text.HtmlText;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The secret values a session revealed ({@code secret(name)} in a cell), and their removal from every output: the
 * agent sends each value on its secret stream before the cell can use it, so any later text, rich output, result or
 * error that holds it is redacted before anyone sees it. Besides the value itself, its JSON-escaped and HTML-escaped
 * forms and, for a value of several lines, each line of eight characters or more are redacted.
 */
final class Redactor extends OutputStream {
    /** What a secret becomes. */
    static final String MASK = "********";

    private final List<String> forms = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private volatile int longest;

    /** Whether any secret was revealed (until then, outputs pass untouched). */
    boolean active() {
        return !forms.isEmpty();
    }

    /** The length of the longest form: text streams hold back one character less, in case a secret is split. */
    int longest() {
        return longest;
    }

    /** Records a revealed value (the host side of the secret stream calls this through {@link #write}). */
    synchronized void reveal(String value) {
        if (value.isEmpty()) {
            return;
        }
        List<String> added = new ArrayList<>();
        added.add(value);
        added.add(jsonEscaped(value));
        added.add(HtmlText.escape(value));
        if (value.contains("\n")) {
            value.lines().map(String::strip).filter(line -> line.length() >= 8).forEach(added::add);
        }
        List<String> all = new ArrayList<>(forms);
        for (String form : added) {
            if (!all.contains(form)) {
                all.add(form);
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no half-masked secret
        forms.clear();
        forms.addAll(all);
        longest = all.get(0).length();
    }

    String redact(String text) {
        if (forms.isEmpty() || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String form : forms) {
            if (result.contains(form)) {
                result = result.replace(form, MASK);
            }
        }
        return result;
    }

    List<String> redact(List<String> lines) {
        return forms.isEmpty() ? lines : lines.stream().map(this::redact).toList();
    }

    /** A JSON value (maps, lists, strings, numbers) with every string redacted, keys included. */
    @SuppressWarnings("unchecked")
    Object redactJson(Object value) {
        if (forms.isEmpty()) {
            return value;
        }
        return switch (value) {
            case String s -> redact(s);
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(redact(String.valueOf(k)), v == null ? null : redactJson(v)));
                yield copy;
            }
            case List<?> list -> list.stream().map(v -> v == null ? null : redactJson(v)).toList();
            default -> value;
        };
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> redactMap(Map<String, Object> map) {
        return forms.isEmpty() ? map : (Map<String, Object>) redactJson(map);
    }

    // The secret stream: frames of a 4-byte big-endian length and the value's UTF-8 bytes, possibly split in packets.

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        frame.write(bytes, offset, length);
        byte[] buffered = frame.toByteArray();
        int at = 0;
        while (buffered.length - at >= 4) {
            int size = ((buffered[at] & 0xff) << 24) | ((buffered[at + 1] & 0xff) << 16)
                    | ((buffered[at + 2] & 0xff) << 8) | (buffered[at + 3] & 0xff);
            if (size < 0 || buffered.length - at - 4 < size) {
                break;
            }
            reveal(new String(buffered, at + 4, size, StandardCharsets.UTF_8));
            at += 4 + size;
        }
        frame.reset();
        frame.write(buffered, at, buffered.length - at);
    }

    private static String jsonEscaped(String value) {
        StringBuilder quoted = new StringBuilder();
        io.huntbook.runtime.Json.string(value, quoted);
        return quoted.substring(1, quoted.length() - 1);
    }
}
