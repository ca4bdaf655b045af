package io.huntbook.notebook.params;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the declarations of a Java (JShell) {@code parameters} cell: {@code [final] Type name [= value];} with an
 * optional {@code // help} comment after the semicolon. A value may span lines; string literals, text blocks and
 * comments are skipped when looking for the end of a statement. Statements that declare nothing are ignored.
 */
final class JavaInspector {
    private JavaInspector() {}

    private static final Pattern DECLARATION = Pattern.compile(
            "^(?:(?:final|static|public|private|protected)\\s+|@[\\w.]+\\s+)*"
                    + "(?<type>[\\p{L}_$][\\p{L}\\p{N}_$.]*(?:\\s*<[^=]*>)?(?:\\s*\\[\\s*])*)\\s+"
                    + "(?<name>[\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*(?:=\\s*(?<value>.*))?$",
            Pattern.DOTALL);

    private static final java.util.Set<String> NOT_TYPES = java.util.Set.of("return", "new", "throw", "import",
            "package", "if", "else", "for", "while", "do", "switch", "case", "try", "catch", "finally", "assert",
            "yield", "break", "continue", "class", "interface", "enum", "record", "void");

    static List<DeclaredParameter> inspect(String source) {
        List<DeclaredParameter> result = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int depth = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = endOfLine(source, i);
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
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
            if (c == ';' && depth == 0) {
                String help = trailingComment(source, i + 1);
                declaration(statement.toString().strip(), help).ifPresent(result::add);
                statement.setLength(0);
                i++;
                continue;
            }
            statement.append(c);
            i++;
        }
        return result;
    }

    private static java.util.Optional<DeclaredParameter> declaration(String statement, String help) {
        Matcher m = DECLARATION.matcher(statement);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String type = m.group("type").replaceAll("\\s+", " ").replaceAll("\\s*([<>,\\[\\]])\\s*", "$1")
                .replace(",", ", ");
        if (NOT_TYPES.contains(type)) {
            return java.util.Optional.empty();
        }
        String value = m.group("value");
        return java.util.Optional.of(new DeclaredParameter(m.group("name"), type,
                value == null ? null : value.strip(), help.isEmpty() ? null : help));
    }

    /** The {@code // comment} that follows a statement on its own line, or "". */
    private static String trailingComment(String source, int from) {
        int i = from;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        if (source.startsWith("//", i)) {
            return source.substring(i + 2, endOfLine(source, i)).strip();
        }
        return "";
    }

    private static int endOfLine(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** The index just after the string, text block or char literal that starts at {@code start}. */
    private static int endOfLiteral(String source, int start) {
        char quote = source.charAt(start);
        if (quote == '"' && source.startsWith("\"\"\"", start)) {
            int i = start + 3;
            while (i < source.length()) {
                if (source.charAt(i) == '\\') {
                    i += 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    return i + 3;
                } else {
                    i++;
                }
            }
            return source.length();
        }
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return source.length();
    }
}
