package io.huntbook.notebook.params;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Papermill's reading of a Python {@code parameters} cell: {@code name: type = value  # help}, a type comment
 * ({@code # type: int}) where there is no annotation, and values spread over several lines (lists, dicts), whose
 * lines are joined with only the comment of the last line kept as help. A line with two {@code =} is skipped.
 */
final class PythonInspector {
    private PythonInspector() {}

    private static final Pattern DEFINITION = Pattern.compile(
            "^(?<target>\\w[\\w_]*)\\s*(:\\s*[\"']?(?<annotation>\\w[\\w_\\[\\],\\s]*)[\"']?\\s*)?=\\s*(?<value>.*?)"
                    + "(\\s*#\\s*(type:\\s*(?<typecomment>[^\\s]*)\\s*)?(?<help>.*))?$",
            Pattern.UNICODE_CHARACTER_CLASS);

    static List<DeclaredParameter> inspect(String source) {
        List<String> definitions = new ArrayList<>();
        List<String> accumulator = new ArrayList<>();
        for (String line : splitLines(source)) {
            String stripped = strip(line);
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            long equals = line.chars().filter(c -> c == '=').count();
            if (equals > 0) {
                definitions.add(flatten(accumulator));
                accumulator = new ArrayList<>();
                if (equals > 1) {
                    continue;
                }
            }
            accumulator.add(line);
        }
        definitions.add(flatten(accumulator));

        List<DeclaredParameter> result = new ArrayList<>();
        for (String definition : definitions) {
            if (definition.isEmpty()) {
                continue;
            }
            Matcher m = DEFINITION.matcher(definition);
            if (m.find()) {
                // The annotation group also takes the spaces before '='; papermill shows the type without them.
                String type = m.group("annotation") != null ? strip(m.group("annotation")) : m.group("typecomment");
                String help = m.group("help");
                result.add(new DeclaredParameter(m.group("target"), type, m.group("value"),
                        help == null || help.isEmpty() ? null : help));
            }
        }
        return result;
    }

    /** Joins a multi-line definition; comments are dropped from every line but the last. */
    private static String flatten(List<String> lines) {
        StringBuilder flat = new StringBuilder();
        for (int i = 0; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            flat.append(strip(hash >= 0 ? line.substring(0, hash) : line));
        }
        if (!lines.isEmpty()) {
            flat.append(strip(lines.get(lines.size() - 1)));
        }
        return flat.toString();
    }

    /** Python's str.strip(): Unicode whitespace, which is not quite Java's. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && PythonNumbers.isPythonSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && PythonNumbers.isPythonSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Python's str.splitlines(): every kind of line break, no final empty line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                lines.add(text.substring(start, i));
                i += 2;
                start = i;
            } else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                    || c == 0x85 || c == 0x2028 || c == 0x2029) {
                lines.add(text.substring(start, i));
                i++;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
