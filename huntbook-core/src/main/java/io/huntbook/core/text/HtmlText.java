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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
