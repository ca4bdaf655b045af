package io.huntbook.analysis.unpack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The candidate finder of {@link ReferenceSession}: three independent finders over the whole text. Finds encoded candidates in a text, left to right, in time linear in its length: PowerShell
 * {@code -EncodedCommand} arguments (any abbreviation PowerShell accepts), URL-encoded tokens, and MSTICPy's base64
 * runs (30 or more characters of the alphabet, line breaks included, with up to two {@code =}). Where two kinds
 * start at the same place the more specific wins, in that order.
 */
final class ReferenceCandidates {
    enum Kind { POWERSHELL, URL, BASE64 }

    record Candidate(Kind kind, int start, int end) {}

    /** MSTICPy's minimum base64 run. */
    static final int MIN_BASE64 = 30;
    private static final int MIN_URL_ESCAPES = 3;
    private static final Pattern POWERSHELL_ENC = Pattern.compile(
            "(?i)(?<![\\w-])[-/]e(?:c|n(?:c(?:o(?:d(?:e(?:d(?:c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?)?)?)?)?)?)?)?"
                    + "[ \\t]+['\"]?([A-Za-z0-9+/]{8,}={0,2})");

    private final String text;
    private final Matcher powershell;
    /** Per kind: the next candidate found, and whether the text holds no more of that kind. */
    private final @Nullable Candidate[] next = new Candidate[Kind.values().length];
    private final boolean[] done = new boolean[Kind.values().length];

    ReferenceCandidates(String text) {
        this.text = text;
        this.powershell = POWERSHELL_ENC.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The first candidate starting at or after {@code from}, or null. */
    @Nullable Candidate next(int from) {
        Candidate best = null;
        for (Kind kind : Kind.values()) {
            int k = kind.ordinal();
            if (!done[k] && (next[k] == null || next[k].start() < from)) {
                next[k] = switch (kind) {
                    case POWERSHELL -> findPowershell(from);
                    case URL -> findUrl(from);
                    case BASE64 -> findBase64(from);
                };
                done[k] = next[k] == null;
            }
            Candidate candidate = next[k];
            if (candidate != null && (best == null || candidate.start() < best.start())) {
                best = candidate;
            }
        }
        return best;
    }

    private @Nullable Candidate findPowershell(int from) {
        // The regex runs only where a flag can start ("-e" or "/e"): a plain find() over megabytes costs more.
        int length = text.length();
        for (int i = from; i + 1 < length; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '/') && (text.charAt(i + 1) | 0x20) == 'e') {
                powershell.region(i, length);
                if (powershell.lookingAt()) {
                    return new Candidate(Kind.POWERSHELL, powershell.start(1), powershell.end(1));
                }
            }
        }
        return null;
    }

    /** A token (bounded by white space, quotes or angle brackets) holding at least three %XX escapes. */
    private @Nullable Candidate findUrl(int from) {
        int i = from;
        int length = text.length();
        while (true) {
            int percent = text.indexOf('%', i);
            if (percent < 0 || percent + 2 >= length) {
                return null;
            }
            if (!ReferenceCodecs.isHexDigit(text.charAt(percent + 1)) || !ReferenceCodecs.isHexDigit(text.charAt(percent + 2))) {
                i = percent + 1;
                continue;
            }
            int start = percent;
            while (start > from && !isTokenBoundary(text.charAt(start - 1))) {
                start--;
            }
            int end = percent;
            int escapes = 0;
            while (end < length && !isTokenBoundary(text.charAt(end))) {
                if (text.charAt(end) == '%' && end + 2 < length && ReferenceCodecs.isHexDigit(text.charAt(end + 1))
                        && ReferenceCodecs.isHexDigit(text.charAt(end + 2))) {
                    escapes++;
                    end += 3;
                } else {
                    end++;
                }
            }
            if (escapes >= MIN_URL_ESCAPES) {
                return new Candidate(Kind.URL, start, end);
            }
            i = Math.max(end, percent + 1);
        }
    }

    private static boolean isTokenBoundary(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>';
    }

    private @Nullable Candidate findBase64(int from) {
        int length = text.length();
        int i = from;
        while (i < length) {
            if (!inRun(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && inRun(text.charAt(i))) {
                i++;
            }
            if (i - start >= MIN_BASE64) {
                int end = i;
                while (end < length && end - i < 2 && text.charAt(end) == '=') {
                    end++;
                }
                return new Candidate(Kind.BASE64, start, end);
            }
        }
        return null;
    }

    /** Characters of a base64 run (the alphabet and line breaks), as one table lookup per character. */
    private static final boolean[] RUN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            RUN[c] = ReferenceCodecs.isBase64Char(c) || c == '\n' || c == '\r';
        }
    }

    private static boolean inRun(char c) {
        return c < 128 && RUN[c];
    }
}
