package io.huntbook.notebook.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the declarations of a Kotlin or Scala {@code parameters} cell: {@code val name: Type = value} (or
 * {@code var}) with an optional {@code // help} comment at the end of the line. A statement ends at a line break or
 * {@code ;} outside brackets, so a value may span lines inside {@code (...)} or after a trailing {@code =}; strings and (nested) block comments
 * are skipped. A declaration without a type gets the type its literal has, as the compiler would infer it
 * ({@code val days = 2} is an {@code Int}); one whose initializer says nothing certain keeps no type.
 */
final class ValInspector {
    private ValInspector() {}

    private static final Pattern DECLARATION = Pattern.compile(
            "^(?:(?:private|public|internal|protected|const|lateinit|override|final|lazy|implicit)\\s+"
                    + "|@[\\w.]+\\s+)*(?:val|var)\\s+(?<name>[\\p{L}_][\\p{L}\\p{N}_]*)\\s*"
                    + "(?::\\s*(?<type>[^=]+?))?\\s*(?:=\\s*(?<value>.*))?$",
            Pattern.DOTALL);

    static List<DeclaredParameter> inspect(String source, KernelLanguage language) {
        List<DeclaredParameter> result = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        String help = "";
        int depth = 0;
        int i = 0;
        int n = source.length();
        while (i <= n) {
            char c = i < n ? source.charAt(i) : '\n';
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int end = endOfLine(source, i);
                if (depth == 0) {
                    help = source.substring(i + 2, end).strip();
                }
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i = endOfBlockComment(source, i);
                statement.append(' ');
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                statement.append(source, i, end);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            // A line that ends with '=' continues on the next: "val x =\n    5" is one declaration.
            if ((c == '\n' && !statement.toString().strip().endsWith("=") || c == ';') && depth == 0) {
                declaration(statement.toString().strip(), help, language).ifPresent(result::add);
                statement.setLength(0);
                help = "";
                i++;
                continue;
            }
            statement.append(c);
            i++;
        }
        return result;
    }

    private static Optional<DeclaredParameter> declaration(String statement, String help, KernelLanguage language) {
        Matcher m = DECLARATION.matcher(statement);
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group("value") == null ? null : m.group("value").strip();
        String type = m.group("type");
        if (type != null) {
            type = type.strip().replaceAll("\\s+", " ").replaceAll("\\s*([<>,\\[\\]?])\\s*", "$1").replace(",", ", ");
        } else {
            type = ValTypes.ofInitializer(value, language).map(JavaType::declared).orElse(null);
        }
        return Optional.of(new DeclaredParameter(m.group("name"), type, value, help.isEmpty() ? null : help));
    }

    private static int endOfLine(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** Kotlin and Scala block comments nest. */
    private static int endOfBlockComment(String source, int start) {
        int depth = 0;
        int i = start;
        while (i < source.length()) {
            if (source.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (source.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return source.length();
    }

    /** The index just after the string, raw string or char literal that starts at {@code start}. */
    private static int endOfLiteral(String source, int start) {
        char quote = source.charAt(start);
        if (quote == '"' && source.startsWith("\"\"\"", start)) {
            // Raw strings have no escapes; extra quotes before the closing three belong to the string.
            int end = source.indexOf("\"\"\"", start + 3);
            if (end < 0) {
                return source.length();
            }
            end += 3;
            while (end < source.length() && source.charAt(end) == '"') {
                end++;
            }
            return end;
        }
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }
}
