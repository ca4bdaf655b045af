package io.huntbook.analysis.ioc;

/**
 * Defanging and refanging of indicators: {@code hxxp://evil[.]com} and {@code http://evil.com} name the same thing.
 * {@link #refang(String)} undoes every form the extractor recognises ({@code hxxp}, {@code hXXps}, {@code fxp},
 * {@code [.]}, {@code (.)}, {@code {.}}, {@code [dot]}, {@code [at]}, {@code [@]}, {@code [:]}, {@code [://]}),
 * {@link #defang(String)} writes the common form.
 */
public final class Defanging {
    private Defanging() {}

    /** The text with every recognised defanging undone; other text is left as it is. */
    public static String refang(String text) {
        return DefangedView.of(text).text;
    }

    /**
     * The common defanged form: schemes {@code http}/{@code ftp} become {@code hxxp}/{@code fxp}, {@code ://} becomes
     * {@code [://]}, dots {@code [.]} and {@code @} becomes {@code [at]}.
     */
    public static String defang(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                out.append("[.]");
            } else if (c == '@') {
                out.append("[at]");
            } else if (c == ':' && text.startsWith("//", i + 1)) {
                out.append("[://]");
                i += 2;
            } else if ((c == 't' || c == 'T') && isSchemeT(text, i)) {
                out.append(c == 't' ? 'x' : 'X');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the 't' at i belongs to an {@code http}, {@code https}, {@code ftp} or {@code ftps} scheme. */
    private static boolean isSchemeT(String text, int i) {
        int colon = text.indexOf("://", i);
        if (colon < 0 || colon > i + 4) {
            return false;
        }
        int start = colon;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String scheme = text.substring(start, colon).toLowerCase(java.util.Locale.ROOT);
        int offset = i - start;
        return switch (scheme) {
            case "http", "https" -> offset == 1 || offset == 2;
            case "ftp", "ftps" -> offset == 1;
            default -> false;
        };
    }
}
