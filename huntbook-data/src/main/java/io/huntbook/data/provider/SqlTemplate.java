package io.huntbook.data.provider;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a catalog query template with {@code {name}} placeholders (MSTICPy's format) into SQL with JDBC {@code ?}
 * markers and the values to bind, so no parameter value is ever parsed as SQL.
 *
 * <ul>
 *   <li>{@code {name}} outside quotes becomes {@code ?}; a list value becomes {@code ?, ?, ?} (for {@code IN (...)}),
 *       and an empty list one {@code NULL}, which matches nothing.</li>
 *   <li>{@code '{name}'}, a placeholder that is a whole string literal, also becomes {@code ?}, so templates written
 *       for text substitution keep working.</li>
 *   <li>A placeholder inside a longer literal ({@code '%{name}%'}) becomes a concatenation
 *       ({@code ('%' || ? || '%')}).</li>
 *   <li>{@code {{} and {@code }}} are literal braces, as in MSTICPy's Python format strings, in literals too;
 *       other braces (JSON in a literal) are left alone. Placeholders in double-quoted identifiers and comments are not replaced.</li>
 * </ul>
 */
public final class SqlTemplate {
    private SqlTemplate() {}

    /** SQL with {@code ?} markers and the values for them, in order. */
    public record Bound(String sql, List<@Nullable Object> values) {
        public Bound {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Binds {@code parameters} into {@code template}; a placeholder without a parameter is bad input. */
    public static Bound bind(String template, Map<String, ?> parameters) {
        return new Binder(template, parameters).run();
    }

    private static final class Binder {
        private final String text;
        private final Map<String, ?> parameters;
        private final StringBuilder sql = new StringBuilder();
        private final List<@Nullable Object> values = new ArrayList<>();
        private int pos;

        Binder(String text, Map<String, ?> parameters) {
            this.text = text;
            this.parameters = parameters;
        }

        Bound run() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\'') {
                    literal();
                } else if (c == '"') {
                    copyQuoted('"');
                } else if (c == '-' && text.startsWith("--", pos)) {
                    copyUntil("\n");
                } else if (c == '/' && text.startsWith("/*", pos)) {
                    copyUntil("*/");
                } else if (c == '{' || c == '}') {
                    brace(c);
                } else {
                    sql.append(c);
                    pos++;
                }
            }
            return new Bound(sql.toString(), values);
        }

        private void brace(char c) {
            if (pos + 1 < text.length() && text.charAt(pos + 1) == c) {
                sql.append(c);
                pos += 2;
                return;
            }
            String name = c == '{' ? placeholderAt(pos) : null;
            if (name == null) {
                sql.append(c);
                pos++;
                return;
            }
            pos += name.length() + 2;
            Object value = value(name);
            if (value instanceof Collection<?> list) {
                if (list.isEmpty()) {
                    sql.append("NULL");
                }
                int i = 0;
                for (Object item : list) {
                    sql.append(i++ == 0 ? "?" : ", ?");
                    values.add(item);
                }
            } else {
                sql.append('?');
                values.add(value);
            }
        }

        /** A single-quoted literal: copied as is, unless it holds placeholders. */
        private void literal() {
            int end = literalEnd(pos);
            String body = text.substring(pos + 1, end);
            pos = Math.min(end + 1, text.length());
            List<Object> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean placeholders = false;
            for (int i = 0; i < body.length(); ) {
                char c = body.charAt(i);
                if ((c == '{' || c == '}') && i + 1 < body.length() && body.charAt(i + 1) == c) {
                    current.append(c);
                    i += 2;
                    continue;
                }
                String name = body.charAt(i) == '{' ? placeholderIn(body, i) : null;
                if (name != null) {
                    parts.add(current.toString());
                    current.setLength(0);
                    parts.add(new Placeholder(name));
                    placeholders = true;
                    i += name.length() + 2;
                } else {
                    current.append(body.charAt(i));
                    i++;
                }
            }
            parts.add(current.toString());
            if (!placeholders) {
                sql.append('\'').append(current).append(end < text.length() ? "'" : "");
                return;
            }
            List<String> pieces = new ArrayList<>();
            for (Object part : parts) {
                if (part instanceof Placeholder p) {
                    Object value = value(p.name());
                    if (value instanceof Collection<?>) {
                        throw new BadInputException("query parameter '" + p.name()
                                + "' is a list, which cannot go inside a quoted string: write {" + p.name()
                                + "} without quotes, as in IN ({" + p.name() + "})");
                    }
                    pieces.add("?");
                    values.add(value);
                } else if (!((String) part).isEmpty()) {
                    pieces.add('\'' + (String) part + '\'');  // already SQL text: quotes inside stay doubled
                }
            }
            sql.append(pieces.size() == 1 ? pieces.get(0) : "(" + String.join(" || ", pieces) + ")");
        }

        private int literalEnd(int start) {
            int i = start + 1;
            while (i < text.length()) {
                if (text.charAt(i) == '\'') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    return i;
                }
                i++;
            }
            return text.length();
        }

        private void copyQuoted(char quote) {
            int end = text.indexOf(quote, pos + 1);
            int stop = end < 0 ? text.length() : end + 1;
            sql.append(text, pos, stop);
            pos = stop;
        }

        private void copyUntil(String terminator) {
            int end = text.indexOf(terminator, pos + 2);
            int stop = end < 0 ? text.length() : end + terminator.length();
            sql.append(text, pos, stop);
            pos = stop;
        }

        private @Nullable String placeholderAt(int at) {
            return placeholderIn(text, at);
        }

        private @Nullable Object value(String name) {
            if (!parameters.containsKey(name)) {
                throw new BadInputException("query parameter '" + name + "' has no value: give it with -p "
                        + name + " VALUE");
            }
            Object value = parameters.get(name);
            if (value instanceof Object[] array) {
                return java.util.Arrays.asList(array);
            }
            return value;
        }
    }

    private record Placeholder(String name) {}

    /** The identifier of a {@code {name}} placeholder starting at {@code at}, or null when there is none. */
    static @Nullable String placeholderIn(String text, int at) {
        int i = at + 1;
        if (i >= text.length() || !(Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            return null;
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '}' ? text.substring(at + 1, i) : null;
    }
}
