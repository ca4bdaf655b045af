package io.huntbook.analysis.ioc;

import org.jspecify.annotations.Nullable;

/**
 * The text with its defanging undone ({@code hxxp} → {@code http}, {@code [.]} → {@code .}, {@code [at]} → {@code @},
 * ...), built in one pass, plus the map back to the text as written, so that the scanners only ever see plain
 * indicators while the results can still be reported as the analyst wrote them.
 */
final class DefangedView {
    final String original;
    final String text;
    /** For each character of {@link #text}, where its source starts in {@link #original}; null when they are equal. */
    private final int @Nullable [] map;

    private DefangedView(String original, String text, int @Nullable [] map) {
        this.original = original;
        this.text = text;
        this.map = map;
    }

    /** Where view position {@code index} (a start or an exclusive end) falls in the original. */
    int originalIndex(int index) {
        int[] m = map;
        return m == null ? index : m[index];
    }

    static DefangedView of(String original) {
        int n = original.length();
        char[] out = null;
        int[] map = null;
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            int consumed = 0;
            String replacement = null;
            boolean swallowSpaces = false;
            if (c == '[' || c == '(' || c == '{') {
                int close = bracketToken(original, i);
                if (close > 0) {
                    replacement = replacementOf(original, i + 1, close);
                    consumed = close + 1 - i;
                    swallowSpaces = !replacement.startsWith(":");
                }
            } else if ((c == 'x' || c == 'X') && isDefangedScheme(original, i)) {
                char t = Character.isUpperCase(original.charAt(i - 1)) ? 'T' : 't';
                boolean ftp = original.charAt(i + 1) == 'p' || original.charAt(i + 1) == 'P';
                replacement = ftp ? String.valueOf(t) : "" + t + t;
                consumed = ftp ? 1 : 2;
            }
            if (replacement == null) {
                if (out != null) {
                    out[len] = c;
                    map[len] = i;
                }
                len++;
                i++;
                continue;
            }
            if (out == null) {
                out = new char[n + 8];
                map = new int[n + 9];
                original.getChars(0, i, out, 0);
                for (int k = 0; k < i; k++) {
                    map[k] = k;
                }
            }
            int source = i;
            int end = i + consumed;
            // "example [.] com": the spaces belong to the defanging, not to the text around it.
            if (swallowSpaces && len > 0 && out[len - 1] == ' ' && end < n && original.charAt(end) == ' ') {
                len--;
                source = map[len];
                end++;
            }
            for (int k = 0; k < replacement.length(); k++) {
                out[len] = replacement.charAt(k);
                map[len] = source;
                len++;
            }
            i = end;
        }
        if (out == null) {
            return new DefangedView(original, original, null);
        }
        map[len] = n;
        return new DefangedView(original, new String(out, 0, len), map);
    }

    /** The index of the closing bracket when {@code [.]}, {@code (dot)}, {@code [at]}, {@code [:]}... starts at i. */
    private static int bracketToken(String s, int i) {
        char open = s.charAt(i);
        char close = open == '[' ? ']' : open == '(' ? ')' : '}';
        int limit = Math.min(s.length(), i + 6);
        for (int j = i + 1; j < limit; j++) {
            if (s.charAt(j) == close) {
                int innerLength = j - i - 1;
                if (innerLength == 0) {
                    return -1;
                }
                String inner = s.substring(i + 1, j);
                boolean known = switch (inner.toLowerCase(java.util.Locale.ROOT)) {
                    case ".", "dot", "@", "at" -> true;
                    case ":", "://" -> open == '[';
                    default -> false;
                };
                // "(at)" in prose ("meet (at) noon") is not defanging; inside a word it is.
                if (known && open != '[' && isWordAround(s, i, j) == false && inner.length() > 1) {
                    return -1;
                }
                return known ? j : -1;
            }
        }
        return -1;
    }

    private static boolean isWordAround(String s, int open, int close) {
        return open > 0 && Character.isLetterOrDigit(s.charAt(open - 1)) && close + 1 < s.length()
                && Character.isLetterOrDigit(s.charAt(close + 1));
    }

    private static String replacementOf(String s, int from, int to) {
        String inner = s.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        return switch (inner) {
            case ".", "dot" -> ".";
            case "@", "at" -> "@";
            default -> inner;
        };
    }

    /** {@code hxxp}, {@code hXXps}, {@code fxp}, {@code sfxp} at position i (the first x), before ':' or '['. */
    private static boolean isDefangedScheme(String s, int i) {
        if (i < 1) {
            return false;
        }
        char before = Character.toLowerCase(s.charAt(i - 1));
        int after;
        int start;
        if (before == 'h') {
            if (i + 2 >= s.length() || Character.toLowerCase(s.charAt(i + 1)) != 'x'
                    || Character.toLowerCase(s.charAt(i + 2)) != 'p') {
                return false;
            }
            start = i - 1;
            after = i + 3;
        } else if (before == 'f') {
            if (i + 1 >= s.length() || Character.toLowerCase(s.charAt(i + 1)) != 'p') {
                return false;
            }
            start = i - 1;
            if (start > 0 && Character.toLowerCase(s.charAt(start - 1)) == 's') {
                start--;
            }
            after = i + 2;
        } else {
            return false;
        }
        if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
            return false;
        }
        if (after < s.length() && Character.toLowerCase(s.charAt(after)) == 's') {
            after++;
        }
        return after < s.length() && (s.charAt(after) == ':' || s.charAt(after) == '[');
    }
}
