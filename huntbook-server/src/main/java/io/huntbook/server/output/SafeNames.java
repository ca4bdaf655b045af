package io.huntbook.server.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Makes any text one safe path segment. An identifier comes from outside (an alert id, an IP, a file name, an HTTP
 * call), so it must never add a folder, climb out of the output root, hide a file, name a device or exceed a file
 * system's name limit. Letters and digits of any script are kept (after NFC normalisation), as are {@code . _ -};
 * everything else (separators, controls, format characters such as bidi overrides, spaces, punctuation) becomes
 * {@code _}. A segment that would start with a dot or name a Windows device gets a leading {@code _}. A long segment
 * is cut to {@value #MAX_BYTES} UTF-8 bytes ending with {@code -} and 12 hex digits of the original's SHA-256, so
 * two long identifiers that share a prefix still get different names.
 */
public final class SafeNames {
    /** The most UTF-8 bytes a segment takes, leaving room for the template, the run id and the extension. */
    public static final int MAX_BYTES = 120;
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private SafeNames() {}

    /** {@code text} as one path segment; never empty, and unchanged when it is already safe. */
    public static String segment(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder safe = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-') {
                safe.appendCodePoint(cp);
            } else {
                safe.append('_');
            }
        });
        String result = safe.toString();
        if (result.isEmpty() || result.startsWith(".") || isDevice(result)) {
            result = "_" + result;
        }
        if (result.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            result = truncate(result, MAX_BYTES - 13) + "-" + digest(text);
        }
        return result;
    }

    /** Whether {@code text} is already a safe segment ({@link #segment} returns it unchanged). */
    public static boolean isSafe(String text) {
        return segment(text).equals(text);
    }

    private static boolean isDevice(String name) {
        int dot = name.indexOf('.');
        return DEVICES.contains((dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT));
    }

    private static String truncate(String text, int maxBytes) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
