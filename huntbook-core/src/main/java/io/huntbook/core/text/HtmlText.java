package io.huntbook.core.text;

/** Text put into HTML: the one escaping every page, table and redaction of an HTML output uses. */
public final class HtmlText {
    private HtmlText() {}

    /**
     * {@code text} with the five characters that could open markup or end an attribute ({@code & < > " '}) escaped,
     * the rest as is: safe in element content and in quoted attribute values.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, out, true);
        return out.toString();
    }

    /**
     * Appends {@code text} escaped as {@link #escape} does, but without control characters other than tab and line
     * feed: they have no place in a page of our own (a report).
     */
    public static void escapePageTextTo(CharSequence text, StringBuilder out) {
        escapeTo(text, out, false);
    }

    private static void escapeTo(CharSequence text, StringBuilder out, boolean keepControls) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (keepControls || c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
