package io.huntbook.data.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A query text in Python's {@code str.format} syntax, as MSTICPy writes them: {@code {name}} is a parameter,
 * {@code {{} and {@code }}} are literal braces. Parsed once; for each placeholder it records the string literals of
 * the query language that enclose it, so each value is escaped for exactly the place it lands in.
 */
final class FormatTemplate {
    /** MSTICPy removes lines left empty by parameters that were empty ({@code re.sub(r"\n\s*\n", "\n", query)}). */
    /** Marks where a multi-line string value goes until blank lines are removed (a private-use character). */
    private static final String DEFERRED = "\uE000\uE001";
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n\\s*\\n", Pattern.UNICODE_CHARACTER_CLASS);

    /** Writes one placeholder's value for the string-literal context it sits in (outermost first). */
    interface Slot {
        String text(String parameter, List<QuoteRule> context);

        /** Whether the value is data, which blank-line removal must not touch (query code is squeezed with the text). */
        boolean isData(String parameter);
    }

    private final String[] literals;
    private final String[] names;
    private final List<List<QuoteRule>> contexts;
    private final int length;

    private FormatTemplate(String[] literals, String[] names, List<List<QuoteRule>> contexts) {
        this.literals = literals;
        this.names = names;
        this.contexts = contexts;
        int total = 0;
        for (String literal : literals) {
            total += literal.length();
        }
        this.length = total;
    }

    /** Parses {@code text}; odd braces that Python would refuse are kept as text and reported to {@code warnings}. */
    static FormatTemplate parse(String text, Dialect dialect, Consumer<String> warnings) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        StringBuilder plain = new StringBuilder(text.length());
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                current.append('{');
                plain.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                current.append('}');
                plain.append('}');
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i + 1);
                int nextOpen = text.indexOf('{', i + 1);
                if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                    warnings.accept("a single '{' that is not a parameter is kept as text");
                    current.append(c);
                    plain.append(c);
                    i++;
                    continue;
                }
                String field = text.substring(i + 1, end);
                int conversion = indexOfAny(field, "!:");
                if (conversion >= 0) {
                    warnings.accept("the format spec of {" + field + "} is ignored");
                    field = field.substring(0, conversion);
                }
                literals.add(current.toString());
                current.setLength(0);
                names.add(field.trim());
                positions.add(plain.length());
                i = end + 1;
            } else {
                if (c == '}') {
                    warnings.accept("a single '}' is kept as text");
                }
                current.append(c);
                plain.append(c);
                i++;
            }
        }
        literals.add(current.toString());
        int[] at = positions.stream().mapToInt(Integer::intValue).toArray();
        return new FormatTemplate(literals.toArray(String[]::new), names.toArray(String[]::new),
                contexts(plain.toString(), at, dialect));
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The parameter names the text uses, in order of first use. */
    Set<String> placeholders() {
        return new LinkedHashSet<>(List.of(names));
    }

    /**
     * The text with every placeholder replaced and lines left empty removed, as MSTICPy's {@code create_query}. Values
     * that are data are put in after that removal, so it never changes a value that holds blank lines.
     */
    String render(Slot slot) {
        StringBuilder out = new StringBuilder(length + 64 * names.length);
        List<String> deferred = null;
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]);
            String value = slot.text(names[i], contexts.get(i));
            if (value.indexOf('\n') >= 0 && slot.isData(names[i])) {
                if (deferred == null) {
                    deferred = new ArrayList<>();
                }
                deferred.add(value);
                out.append(DEFERRED);
            } else {
                out.append(value);
            }
        }
        out.append(literals[names.length]);
        if (out.indexOf("\n") < 0) {
            return out.toString();
        }
        String squeezed = EMPTY_LINES.matcher(out).replaceAll("\n");
        if (deferred == null) {
            return squeezed;
        }
        StringBuilder result = new StringBuilder(squeezed.length() + 64);
        int from = 0;
        for (String value : deferred) {
            int at = squeezed.indexOf(DEFERRED, from);
            result.append(squeezed, from, at).append(value);
            from = at + DEFERRED.length();
        }
        return result.append(squeezed, from, squeezed.length()).toString();
    }

    /**
     * Follows the string literals of {@code text} (the query with placeholders removed) and returns, for each
     * placeholder position, the literals open there, outermost first.
     */
    static List<List<QuoteRule>> contexts(String text, int[] positions, Dialect dialect) {
        List<List<QuoteRule>> result = new ArrayList<>(positions.length);
        Deque<QuoteRule> stack = new ArrayDeque<>();
        boolean inComment = false;
        int p = 0;
        int i = 0;
        int n = text.length();
        while (true) {
            while (p < positions.length && positions[p] == i) {
                result.add(outermostFirst(stack));
                p++;
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (inComment) {
                inComment = c != '\n';
                i++;
                continue;
            }
            if (stack.isEmpty()) {
                String comment = dialect.lineComment();
                if (comment != null && text.startsWith(comment, i)) {
                    inComment = true;
                    i += comment.length();
                    continue;
                }
                @Nullable QuoteRule open = opening(dialect.quotes(), text, i);
                if (open != null) {
                    stack.push(open);
                    i += open.open().length();
                } else {
                    i++;
                }
                continue;
            }
            QuoteRule top = stack.peek();
            boolean placeholderNext = p < positions.length && positions[p] == i + 1;
            if (c == '\\' && backslashEscapes(stack) && i + 1 < n && !placeholderNext) {
                i += 2;
                continue;
            }
            if (text.startsWith(top.close(), i)) {
                int after = i + top.close().length();
                boolean placeholderAfter = p < positions.length && positions[p] == after;
                if (top.escape() == Escape.DOUBLING && text.startsWith(top.close(), after) && !placeholderAfter) {
                    i = after + top.close().length();
                    continue;
                }
                stack.pop();
                i = after;
                continue;
            }
            int closed = closesEnclosing(stack, text, i);
            if (closed > 0) {
                i += closed;
                continue;
            }
            @Nullable QuoteRule nested = opening(top.nested(), text, i);
            if (nested != null) {
                stack.push(nested);
                i += nested.open().length();
            } else {
                i++;
            }
        }
        return result;
    }

    /** An unclosed inner literal ends with its container (a JSON string closes whatever RQL quote it holds). */
    private static int closesEnclosing(Deque<QuoteRule> stack, String text, int i) {
        if (stack.size() < 2) {
            return 0;
        }
        List<QuoteRule> levels = new ArrayList<>(stack);
        for (int level = 1; level < levels.size(); level++) {
            QuoteRule outer = levels.get(level);
            if (text.startsWith(outer.close(), i)) {
                for (int k = 0; k <= level; k++) {
                    stack.pop();
                }
                return outer.close().length();
            }
        }
        return 0;
    }

    private static boolean backslashEscapes(Deque<QuoteRule> stack) {
        for (QuoteRule rule : stack) {
            if (rule.backslashEscapes()) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable QuoteRule opening(List<QuoteRule> rules, String text, int i) {
        for (QuoteRule rule : rules) {
            if (text.startsWith(rule.open(), i)) {
                return rule;
            }
        }
        return null;
    }

    private static List<QuoteRule> outermostFirst(Deque<QuoteRule> stack) {
        if (stack.isEmpty()) {
            return List.of();
        }
        List<QuoteRule> levels = new ArrayList<>(stack);
        java.util.Collections.reverse(levels);
        return List.copyOf(levels);
    }
}
