package io.huntbook.notebook.report;

import io.huntbook.core.text.HtmlText;

/**
 * Escaping for text placed in a report's element content or in a double-quoted attribute ({@link HtmlText}'s, without
 * control characters).
 */
final class Html {
    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, out);
        return out.toString();
    }

    static void escapeTo(CharSequence text, StringBuilder out) {
        HtmlText.escapePageTextTo(text, out);
    }
}
