package io.huntbook.analysis.unpack;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The straightforward forms of the byte-level decoders that {@link Codecs} does faster, for the reference session. */
final class ReferenceCodecs {
    private ReferenceCodecs() {}

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static boolean isBase64Char(char c) {
        return ALPHABET.indexOf(c) >= 0;
    }

    static boolean isHexDigit(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    /** Python's {@code base64.b64decode} without validation: non-alphabet characters skipped, whole quanta required. */
    static byte @Nullable [] base64(CharSequence text, int from, int to) {
        int data = 0;
        int pads = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '=') {
                pads++;
            } else if (isBase64Char(c)) {
                data++;
            }
        }
        int rest = data % 4;
        if (rest == 1 || (rest == 2 && pads < 2) || (rest == 3 && pads < 1)) {
            return null;
        }
        byte[] out = new byte[data / 4 * 3 + (rest == 0 ? 0 : rest - 1)];
        int acc = 0;
        int bits = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                continue;
            }
            acc = (acc << 6) | value;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        return out;
    }

    /** Percent-escapes (and {@code +} as space) decoded to bytes: each other character as its own string's UTF-8. */
    static byte[] urlDecode(CharSequence text, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < to && isHexDigit(text.charAt(i + 1)) && isHexDigit(text.charAt(i + 2))) {
                out.write(Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
            }
        }
        return out.toByteArray();
    }

    /** Strict UTF-8 by the JDK's decoder; null when invalid. */
    static @Nullable String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Strict UTF-16LE by the JDK's decoder, a leading byte-order mark dropped; null when invalid or odd. */
    static @Nullable String utf16le(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int start = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE ? 2 : 0;
        try {
            return StandardCharsets.UTF_16LE.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Hex pairs joined by single spaces. */
    static String printableBytes(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    static String hexOf(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
