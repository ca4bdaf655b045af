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
    /**
     * Segments of the view, sorted by view position: {@code [viewStart, originalStart, fixed]} triples, where a fixed
     * segment (a replacement) maps every position to {@code originalStart}, and any other segment maps position v to
     * {@code originalStart + (v - viewStart)}. Null when the view is the original. Sparse, because defanged tokens
     * are few and the text can be large.
     */
    private final int @Nullable [] segments;
    private final int segmentCount;
    /** The segment of the last {@link #originalIndex} answer (a view serves one scan, on one thread). */
    private int lastSegment;

    private DefangedView(String original, String text, int @Nullable [] segments, int segmentCount) {
        this.original = original;
        this.text = text;
        this.segments = segments;
        this.segmentCount = segmentCount;
    }

    /** Where view position {@code index} (a start or an exclusive end) falls in the original. */
    int originalIndex(int index) {
        int[] seg = segments;
        if (seg == null) {
            return index;
        }
        if (index >= text.length()) {
            return original.length();
        }
        // Callers ask in nearly increasing order: try the segment of the last answer and its successor first.
        int last = lastSegment;
        if (seg[3 * last] <= index && (last + 1 == segmentCount || index < seg[3 * last + 3])) {
            return map(seg, last, index);
        }
        if (last + 1 < segmentCount && seg[3 * last + 3] <= index
                && (last + 2 == segmentCount || index < seg[3 * last + 6])) {
            lastSegment = last + 1;
            return map(seg, last + 1, index);
        }
        int low = 0;
        int high = segmentCount - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (seg[3 * mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        lastSegment = low;
        return map(seg, low, index);
    }

    private static int map(int[] seg, int segment, int index) {
        int viewStart = seg[3 * segment];
        int originalStart = seg[3 * segment + 1];
        return seg[3 * segment + 2] != 0 ? originalStart : originalStart + (index - viewStart);
    }

    static DefangedView of(String original) {
        int n = original.length();
        StringBuilder out = null;
        int[] segments = null;
        int count = 0;
        int copied = 0;
        // The characters that can start a defanged token, each found with String.indexOf (vectorised by the JDK):
        // much faster than looking at every character in Java code, and most text has few of them.
        int[] next = new int[TRIGGERS.length];
        for (int k = 0; k < TRIGGERS.length; k++) {
            next[k] = indexOf(original, TRIGGERS[k], 0);
        }
        while (true) {
            int i = Integer.MAX_VALUE;
            for (int k = 0; k < TRIGGERS.length; k++) {
                if (next[k] < i) {
                    i = next[k];
                }
            }
            if (i == Integer.MAX_VALUE) {
                break;
            }
            for (int k = 0; k < TRIGGERS.length; k++) {
                if (next[k] == i) {
                    next[k] = indexOf(original, TRIGGERS[k], i + 1);
                }
            }
            if (i < copied) {
                continue;
            }
            char c = original.charAt(i);
            int consumed = 0;
            String replacement = null;
            boolean swallowSpaces = false;
            if (c != 'x' && c != 'X') {
                int close = bracketToken(original, i);
                if (close > 0) {
                    replacement = replacementOf(original, i + 1, close);
                    consumed = close + 1 - i;
                    swallowSpaces = !replacement.startsWith(":");
                }
            } else if (isDefangedScheme(original, i)) {
                char t = Character.isUpperCase(original.charAt(i - 1)) ? 'T' : 't';
                boolean ftp = (original.charAt(i + 1) | 0x20) == 'p';
                replacement = ftp ? String.valueOf(t) : "" + t + t;
                consumed = ftp ? 1 : 2;
            }
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
                segments = new int[48];
                segments[0] = 0;
                segments[1] = 0;
                segments[2] = 0;
                count = 1;
            }
            out.append(original, copied, i);
            int source = i;
            int end = i + consumed;
            // "example [.] com": the spaces belong to the defanging, not to the text around it.
            if (swallowSpaces && i > copied && out.length() > 0 && out.charAt(out.length() - 1) == ' ' && end < n
                    && original.charAt(end) == ' ') {
                out.setLength(out.length() - 1);
                source = i - 1;
                end++;
            }
            segments = put(segments, count++, out.length(), source, 1);
            out.append(replacement);
            segments = put(segments, count++, out.length(), end, 0);
            copied = end;
        }
        if (out == null) {
            return new DefangedView(original, original, null, 0);
        }
        out.append(original, copied, n);
        return new DefangedView(original, out.toString(), segments, count);
    }

    private static final char[] TRIGGERS = {'[', '(', '{', 'x', 'X'};

    private static int indexOf(String s, char c, int from) {
        int found = s.indexOf(c, from);
        return found < 0 ? Integer.MAX_VALUE : found;
    }

    private static int[] put(int[] segments, int index, int viewStart, int originalStart, int fixed) {
        int[] target = 3 * index + 3 > segments.length ? java.util.Arrays.copyOf(segments, segments.length * 2) : segments;
        target[3 * index] = viewStart;
        target[3 * index + 1] = originalStart;
        target[3 * index + 2] = fixed;
        return target;
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
        char before = (char) (s.charAt(i - 1) | 0x20);
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
