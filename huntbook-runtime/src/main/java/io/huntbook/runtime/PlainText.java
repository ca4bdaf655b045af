package io.huntbook.runtime;

import java.util.regex.Pattern;

/** Plain-text forms of rich content, for the {@code text/plain} every bundle carries. */
final class PlainText {
    private PlainText() {}

    private static final Pattern BLOCK = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");

    static String ofHtml(String html) {
        String text = SCRIPT.matcher(html).replaceAll("");
        text = BLOCK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return text.strip();
    }
}
