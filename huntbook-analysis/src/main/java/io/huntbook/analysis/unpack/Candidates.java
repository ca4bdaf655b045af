package io.huntbook.analysis.unpack;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Finds encoded candidates in a text, left to right, in time linear in its length: PowerShell
 * {@code -EncodedCommand} arguments (any abbreviation PowerShell accepts), URL-encoded tokens, and MSTICPy's base64
 * runs (30 or more characters of the alphabet, line breaks included, with up to two {@code =}). Where two kinds
 * start at the same place the more specific wins, in that order.
 *
 * <p>The search can be confined to a region ({@link #region}): candidates then start in it, while matching still sees
 * the text around it (the flag's look-behind, runs and tokens that go on past its end).
 */
final class Candidates {
    enum Kind { POWERSHELL, URL, BASE64 }

    /**
     * A candidate: its kind and span; {@code match} is where its whole match starts (a PowerShell flag before the
     * argument; the start itself for the other kinds).
     */
    record Candidate(Kind kind, int start, int end, int match) {}

    /** MSTICPy's minimum base64 run. */
    static final int MIN_BASE64 = 30;
    private static final int MIN_URL_ESCAPES = 3;
    /** The PowerShell argument: at least this many base64 characters. */
    private static final int MIN_POWERSHELL = 8;
    /** What may follow "-en" of "-EncodedCommand", abbreviated anywhere. */
    private static final String ENCODED_COMMAND_TAIL = "codedcommand";

    private final String text;
    private final byte[] latin;
    private final boolean latinByRegion;
    /**
     * Where a flag starts ('-' or '/', then 'e' in either case) next in the region, {@link #NONE} when nowhere,
     * {@link #UNKNOWN} before a search.
     */
    private int flagAt = UNKNOWN;
    private static final int NONE = -1;
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private final int length;
    private int limit;
    /** Per kind: the next candidate found, and whether the region holds no more of that kind. */
    private final @Nullable Candidate[] next = new Candidate[Kind.values().length];
    private final boolean[] done = new boolean[Kind.values().length];

    /**
     * A finder; {@code mostOfText} says whether the regions to be searched cover much of it: the bytes scanned are
     * then made in one go, else region by region.
     */
    Candidates(String text, boolean mostOfText) {
        this.text = text;
        this.length = text.length();
        this.limit = length;
        this.latin = mostOfText ? latin(text) : new byte[length];
        this.latinByRegion = !mostOfText;
        flagAt = UNKNOWN;
    }

    /** Confines the search to candidates starting in {@code [start, limit)}, forgetting what was found before. */
    void region(int start, int limit) {
        if (latinByRegion) {
            fillLatin(start, limit);
        }
        this.limit = limit;
        flagAt = UNKNOWN;
        java.util.Arrays.fill(next, null);
        java.util.Arrays.fill(done, false);
    }

    /** Lets the search go on to the end of the text, keeping what was found. */
    void extendToEnd() {
        if (latinByRegion) {
            fillLatin(limit, length);
        }
        this.limit = length;
        flagAt = UNKNOWN;
        java.util.Arrays.fill(done, false);
    }

    /**
     * The first candidate starting at or after {@code from} (and before the region's end), or null. A candidate found
     * earlier that still starts at or after {@code from} is kept, as MSTICPy's one regex over the text would.
     */
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
        // the position found is kept, so no part of the region is searched twice
        int end = Math.min(limit + 1, length);
        while (true) {
            if (flagAt != NONE && flagAt < from) {
                flagAt = findFlag(from, end);
            }
            if (flagAt == NONE) {
                return null;
            }
            from = flagAt + 1;
            Candidate found = powershellAt(flagAt);
            if (found != null) {
                return found;
            }
        }
    }

    /**
     * The first flag start ('-' or '/', then 'e' or 'E') at or after {@code from} that lies wholly before
     * {@code end}, or {@link #NONE}. Seven positions per test of eight bytes, without a branch per byte.
     */
    private int findFlag(int from, int end) {
        byte[] bytes = latin;
        // the scanned bytes are those of [from, limit): a flag whose 'e' is at the limit is checked on the text
        int stop = Math.min(end, limit) - 1;
        int q = from;
        while (q + 8 <= stop) {
            long word = (long) LONG_LE.get(bytes, q);
            // bytes that are zero where the text has '-' or '/' (0x2D, 0x2F: both 0x2F once bit 1 is set), and where
            // the next byte is 'E' or 'e' (0x45, 0x65: both 0x65 once bit 5 is set); the top byte has no next byte
            long dashOrSlash = (word | 0x0202020202020202L) ^ 0x2F2F2F2F2F2F2F2FL;
            long nextIsE = ((word >>> 8) | 0x2020202020202020L) ^ 0x6565656565656565L;
            long both = dashOrSlash | nextIsE;
            // the lowest zero byte of both sets its top bit here (higher ones may be wrong, and are not looked at)
            long zero = (both - 0x0101010101010101L) & ~both & 0x8080808080808080L;
            if (zero != 0) {
                return q + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            q += 7;
        }
        for (; q < stop; q++) {
            if ((bytes[q] | 0x02) == 0x2F && (bytes[q + 1] | 0x20) == 'e') {
                return q;
            }
        }
        for (q = Math.max(from, stop); q + 2 <= end; q++) {
            char c = text.charAt(q);
            if ((c == '-' || c == '/') && (text.charAt(q + 1) | 0x20) == 'e') {
                return q;
            }
        }
        return NONE;
    }

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /**
     * The argument of a flag at {@code flag} (a '-' or '/' followed by 'e'), as the regex
     * {@code (?i)(?<![\w-])[-/]e(?:c|n(?:c(?:o(?:d...)?)?)?)?[ \t]+['"]?([A-Za-z0-9+/]{8,}={0,2})} matches it. Written
     * out because every part is deterministic (a shorter flag or fewer blanks can never be followed by what must
     * come next), and a regex matcher's reset per flag costs more than the match.
     */
    private @Nullable Candidate powershellAt(int flag) {
        if (flag > 0) {
            char before = text.charAt(flag - 1);
            if (before == '-' || isWordChar(before)) {
                return null;
            }
        }
        int j = flag + 2;
        if (j < length && (text.charAt(j) | 0x20) == 'c') {
            j++;
        } else if (j < length && (text.charAt(j) | 0x20) == 'n') {
            j++;
            for (int k = 0; k < ENCODED_COMMAND_TAIL.length() && j < length
                    && (text.charAt(j) | 0x20) == ENCODED_COMMAND_TAIL.charAt(k); k++) {
                j++;
            }
        }
        int blanks = j;
        while (j < length && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j == blanks) {
            return null;
        }
        if (j < length && (text.charAt(j) == '\'' || text.charAt(j) == '"')) {
            j++;
        }
        int start = j;
        while (j < length && Codecs.isBase64Char(text.charAt(j))) {
            j++;
        }
        if (j - start < MIN_POWERSHELL) {
            return null;
        }
        int end = j;
        while (end < length && end - j < 2 && text.charAt(end) == '=') {
            end++;
        }
        return new Candidate(Kind.POWERSHELL, start, end, flag);
    }

    /** Java's {@code \w} without the Unicode flag. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Codecs.isBase64Char(c) && c != '+' && c != '/' || c == '_');
    }

    /** A token (bounded by white space, quotes or angle brackets) holding at least three %XX escapes. */
    private @Nullable Candidate findUrl(int from) {
        int i = from;
        while (true) {
            int percent = i < limit ? text.indexOf('%', i, limit) : -1;
            if (percent < 0 || percent + 2 >= length) {
                return null;
            }
            if (!Codecs.isHexDigit(text.charAt(percent + 1)) || !Codecs.isHexDigit(text.charAt(percent + 2))) {
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
                if (text.charAt(end) == '%' && end + 2 < length && Codecs.isHexDigit(text.charAt(end + 1))
                        && Codecs.isHexDigit(text.charAt(end + 2))) {
                    escapes++;
                    end += 3;
                } else {
                    end++;
                }
            }
            if (escapes >= MIN_URL_ESCAPES) {
                return new Candidate(Kind.URL, start, end, start);
            }
            i = Math.max(end, percent + 1);
        }
    }

    private static boolean isTokenBoundary(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>';
    }

    /**
     * The first run of at least {@link #MIN_BASE64} run bytes that starts in {@code [from, limit)}, at {@code from} or
     * after a byte of no run, as a candidate with up to two '=' after it; null when there is none.
     *
     * <p>Most of a text is words shorter than a run, so this looks at the last byte a run starting at {@code i} would
     * need: when that byte belongs to no run, no run starting in between is long enough and the search goes on past
     * it; else the run holding it is followed back to where it starts. Most bytes are never looked at.
     */
    private @Nullable Candidate findBase64(int from) {
        // locals, and the array's own length as the bound, let the JIT drop the checks in these hot loops
        byte[] bytes = latin;
        boolean[] run = RUN;
        int end = limit;
        // invariant: a run may start at i (it is from, or the byte before it is of no run), and [i, known) are run bytes
        int i = from;
        int known = from;
        while (i < end) {
            int last = i + MIN_BASE64 - 1;
            if (last >= bytes.length) {
                return null;
            }
            if (!run[bytes[last] & 0xFF]) {
                i = last + 1;
                known = i;
                continue;
            }
            int start = last;
            while (start > known && run[bytes[start - 1] & 0xFF]) {
                start--;
            }
            if (start > known) {
                // the byte before start is of no run: runs starting before it are too short
                i = start;
                known = last + 1;
                continue;
            }
            int stop = last + 1;
            while (stop < bytes.length && run[bytes[stop] & 0xFF]) {
                stop++;
            }
            int runEnd = stop;
            while (stop < length && stop - runEnd < 2 && text.charAt(stop) == '=') {
                stop++;
            }
            return new Candidate(Kind.BASE64, i, stop, i);
        }
        return null;
    }

    /**
     * The text as ISO-8859-1 bytes: scanning an array is several times faster than {@code charAt}. Characters beyond
     * U+00FF become '?', which, like them, belongs to no base64 run.
     */
    private static byte[] latin(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length == text.length()) {
            return bytes;
        }
        // the encoder writes one '?' for a surrogate pair: one byte per char keeps the positions
        bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            bytes[i] = (byte) (c <= 0xFF ? c : '?');
        }
        return bytes;
    }

    /**
     * {@link #latin(String)} for {@code [from, to)} only. Bytes left zero outside the regions end a run there, as the
     * '<' or '>' of a rendering that bounds every region does.
     */
    private void fillLatin(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            latin[i] = (byte) (c <= 0xFF ? c : '?');
        }
    }

    /** Bytes (ISO-8859-1 characters) of a base64 run: the alphabet and line breaks. */
    private static final boolean[] RUN = new boolean[256];

    static {
        for (char c = 0; c < 128; c++) {
            RUN[c] = Codecs.isBase64Char(c) || c == '\n' || c == '\r';
        }
    }
}
