package io.huntbook.notebook;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code str.splitlines(True)}, which nbformat uses to split multi-line strings into lists of lines. */
final class PyStrings {
    private PyStrings() {}

    /**
     * Splits after every line boundary Python recognises ({@code \n}, {@code \r}, {@code \r\n}, {@code \v},
     * {@code \f}, {@code \x1c}-{@code \x1e}, {@code \x85}, U+2028, U+2029), keeping the boundaries; an empty string
     * gives no lines.
     */
    static List<String> splitLinesKeepEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isLineBoundary(c)) {
                int end = i + 1;
                if (c == '\r' && end < length && text.charAt(end) == '\n') {
                    end++;
                }
                lines.add(text.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < length) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static boolean isLineBoundary(char c) {
        return switch (c) {
            case '\n', '\r', '\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }
}
