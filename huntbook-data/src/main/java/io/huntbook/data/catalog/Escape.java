package io.huntbook.data.catalog;

import java.util.Optional;

/**
 * How a string literal of a query language holds its closing quote and special characters. Each style either
 * produces text that stays inside the literal, or refuses the value, so a parameter can never end the literal early.
 */
enum Escape {
    /** {@code \} escapes the quote, the backslash, newline, return and tab (KQL, Splunk); other controls refused. */
    BACKSLASH,
    /** JSON strings: like {@link #BACKSLASH}, and every other control character as {@code \}{@code u00XX}. */
    JSON,
    /** The quote is doubled inside the literal (SQL, OData, KQL verbatim strings); NUL refused. */
    DOUBLING,
    /** No escape exists (KQL multi-line strings): a value holding the closing delimiter is refused. */
    NONE;

    /**
     * The escaped text for a literal closed by {@code close}, or empty with the reason when the value cannot be held.
     */
    Result escape(String value, String close) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        switch (this) {
            case BACKSLASH, JSON -> {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        case '\t' -> out.append("\\t");
                        default -> {
                            if (close.indexOf(c) >= 0) {
                                out.append('\\').append(c);
                            } else if (c < 0x20 || c == 0x7f) {
                                if (this == BACKSLASH) {
                                    return Result.refused("it holds the control character U+%04X, which a string of this query language cannot hold".formatted((int) c));
                                }
                                out.append("\\u%04x".formatted((int) c));
                            } else {
                                out.append(c);
                            }
                        }
                    }
                }
            }
            case DOUBLING -> {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == 0) {
                        return Result.refused("it holds a NUL character");
                    }
                    out.append(c);
                    if (close.indexOf(c) >= 0) {
                        out.append(c);
                    }
                }
            }
            case NONE -> {
                if (value.contains(close)) {
                    return Result.refused("it holds " + close + ", which ends this kind of string and cannot be escaped");
                }
                out.append(value);
            }
        }
        return new Result(out.toString(), Optional.empty());
    }

    /** An escaped value, or the reason it cannot be held. */
    record Result(String text, Optional<String> refusal) {
        static Result refused(String why) {
            return new Result("", Optional.of(why));
        }
    }
}
