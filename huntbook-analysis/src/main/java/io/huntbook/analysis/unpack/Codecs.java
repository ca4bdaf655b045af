package io.huntbook.analysis.unpack;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The byte-level decoders: base64 with Python's lenient rules, hex, URL escapes, and text detection. */
final class Codecs {
    private Codecs() {}

    private static final byte[] B64 = new byte[128];

    static {
        java.util.Arrays.fill(B64, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            B64[alphabet.charAt(i)] = (byte) i;
        }
    }

    static boolean isBase64Char(char c) {
        return c < 128 && B64[c] >= 0;
    }

    /**
     * Decodes {@code text[from, to)} the way Python's {@code base64.b64decode} does without validation: characters
     * outside the alphabet (line breaks) are skipped; the data must end on a whole quantum or be padded to one.
     * Null when it cannot be decoded.
     */
    static byte @Nullable [] base64(CharSequence text, int from, int to) {
        if (text instanceof String string) {
            byte[] clean = base64Clean(string, from, to);
            if (clean != null) {
                return clean;
            }
        }
        int data = 0;
        int pads = 0;
        // clean: only alphabet characters, then only '=': the shape java.util.Base64 reads the same way
        boolean clean = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '=') {
                pads++;
            } else if (isBase64Char(c)) {
                if (pads > 0) {
                    clean = false;
                    break;
                }
                data++;
            } else {
                clean = false;
            }
        }
        int rest = data % 4;
        if (rest == 1 || (rest == 2 && pads < 2) || (rest == 3 && pads < 1)) {
            return null;
        }
        return base64Lenient(text, from, data, to);
    }

    /**
     * The common case without a pass of its own over the characters: the padding is what Python requires of the data
     * before it (assuming every other character is of the alphabet), and the JDK's decoder, which refuses any other
     * character, accepts the rest. Null when that is not so: the caller then checks every character.
     */
    private static byte @Nullable [] base64Clean(String text, int from, int to) {
        int pads = 0;
        while (to - pads > from && pads < 3 && text.charAt(to - pads - 1) == '=') {
            pads++;
        }
        int rest = (to - from - pads) % 4;
        if (rest == 1 || pads != (4 - rest) % 4) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(from == 0 && to == text.length() ? text : text.substring(from, to));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@link #base64} in general: {@code data} alphabet characters, skipping everything else, as Python does. */
    static byte[] base64Lenient(CharSequence text, int from, int data, int to) {
        int rest = data % 4;
        byte[] out = new byte[data / 4 * 3 + (rest == 0 ? 0 : rest - 1)];
        int acc = 0;
        int bits = 0;
        int n = 0;
        int seen = 0;
        for (int i = from; i < to && seen < data; i++) {
            char c = text.charAt(i);
            if (!isBase64Char(c)) {
                continue;
            }
            seen++;
            acc = (acc << 6) | B64[c];
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        return out;
    }

    /** Contiguous hex digits of even length, decoded; null when any character is not a hex digit. */
    static byte @Nullable [] hex(CharSequence text, int from, int to) {
        int length = to - from;
        if (length % 2 != 0) {
            return null;
        }
        byte[] out = new byte[length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(text.charAt(from + 2 * i), 16);
            int lo = Character.digit(text.charAt(from + 2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Percent-escapes (and {@code +} as space) decoded to bytes; other characters as their UTF-8 (a lone surrogate
     * half as '?', as {@code String.getBytes} gives it).
     */
    static byte[] urlDecode(CharSequence text, int from, int to) {
        // at most three bytes per character: an escape is three characters for one byte
        byte[] out = new byte[(to - from) * 3];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < to && isHexDigit(text.charAt(i + 1)) && isHexDigit(text.charAt(i + 2))) {
                out[n++] = (byte) (Character.digit(text.charAt(i + 1), 16) << 4
                        | Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                out[n++] = ' ';
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // each half on its own, as String.valueOf(c).getBytes(UTF_8) encodes it
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Strict UTF-8; null when the bytes are not valid UTF-8. Checked first by {@link #isUtf8} (binary data fails within
     * a few bytes), then decoded by the JDK's fast decoder, which gives the strict decoding for valid bytes.
     */
    static @Nullable String utf8(byte[] bytes) {
        return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : null;
    }

    /** Well-formed UTF-8 by the Unicode standard's table 3-7 (no overlong forms, no surrogates, at most U+10FFFF). */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int lowest = 0x80;
            int highest = 0xBF;
            int continuations;
            if (b >= 0xC2 && b <= 0xDF) {
                continuations = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuations = 2;
                if (b == 0xE0) {
                    lowest = 0xA0;
                } else if (b == 0xED) {
                    highest = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuations = 3;
                if (b == 0xF0) {
                    lowest = 0x90;
                } else if (b == 0xF4) {
                    highest = 0x8F;
                }
            } else {
                return false;
            }
            if (i + continuations >= n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < lowest || second > highest) {
                return false;
            }
            for (int k = 2; k <= continuations; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += continuations + 1;
        }
        return true;
    }

    /** Strict UTF-16LE (a leading byte-order mark is dropped); null when invalid or of odd length. */
    static @Nullable String utf16le(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int start = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE ? 2 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_16LE);
        return text.indexOf(REPLACEMENT) < 0 ? text : strict(StandardCharsets.UTF_16LE, bytes, start);
    }

    private static final char REPLACEMENT = '\uFFFD';

    private static @Nullable String strict(Charset charset, byte[] bytes, int start) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether the bytes look like UTF-16LE text: a byte-order mark, or ASCII text with every second byte zero (the
     * shape of PowerShell's encoded commands). UTF-8 would accept those zeros as characters, so this is asked first.
     */
    static boolean looksUtf16le(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return false;
        }
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return true;
        }
        for (int i = 0; i < bytes.length; i += 2) {
            int c = bytes[i] & 0xFF;
            if (bytes[i + 1] != 0 || !(c >= 0x20 && c < 0x7F || c == '\t' || c == '\n' || c == '\r')) {
                return false;
            }
        }
        return true;
    }

    /** Mostly printable text: what makes a hex or URL decoding worth keeping. */
    static boolean isMostlyPrintable(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int printable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t') {
                printable++;
            }
        }
        return printable * 10 >= text.length() * 9;
    }

    /** MSTICPy's printable form: lower-case hex pairs separated by single spaces. */
    static String printableBytes(byte[] bytes) {
        // the JDK writes a one-character delimiter's form straight into the String's own bytes, without a copy
        return SPACED_HEX.formatHex(bytes);
    }

    /** Lower-case hex of {@code digest[0, length)}. */
    static String hexOf(byte[] digest, int length) {
        return HEX_FORMAT.formatHex(digest, 0, length);
    }

    static String hexOf(byte[] digest) {
        return hexOf(digest, digest.length);
    }

    private static final HexFormat HEX_FORMAT = HexFormat.of();
    private static final HexFormat SPACED_HEX = HexFormat.ofDelimiter(" ");
}
