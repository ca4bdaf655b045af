package io.huntbook.analysis.unpack;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * File-type detection from magic bytes. The names are MSTICPy's ({@code exe}, {@code dll}, {@code sys}, {@code zip},
 * {@code gz}, {@code tar}, {@code 7z}, {@code rar}, {@code pdf}, {@code msi}, {@code wim}) plus {@code elf}; MSTICPy
 * matches base64 prefixes, which are these same bytes seen through base64, so the answers agree and also hold for
 * content that was never base64.
 */
public final class FileTypes {
    private FileTypes() {}

    /** The type of {@code bytes}, when its header is one of the known ones. */
    public static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, 0, 'M', 'Z')) {
            return Optional.ofNullable(peType(bytes));
        }
        if (startsWith(bytes, 0, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("elf");
        }
        if (startsWith(bytes, 0, 'P', 'K', 3, 4)) {
            boolean encrypted = bytes.length > 6 && (bytes[6] & 1) != 0;
            return Optional.of(encrypted ? "zip (pwd protected)" : "zip");
        }
        if (startsWith(bytes, 0, 'P', 'K', 5, 6)) {
            return Optional.of("zip");
        }
        if (startsWith(bytes, 0, 0x1F, 0x8B)) {
            return Optional.of("gz");
        }
        if (startsWith(bytes, 0, '%', 'P', 'D', 'F')) {
            return Optional.of("pdf");
        }
        if (startsWith(bytes, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return Optional.of("7z");
        }
        if (startsWith(bytes, 0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return Optional.of("rar");
        }
        if (startsWith(bytes, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("msi");
        }
        if (startsWith(bytes, 0, 'M', 'S', 'W', 'I', 'M', 0, 0, 0)) {
            return Optional.of("wim");
        }
        if (isTar(bytes)) {
            return Optional.of("tar");
        }
        return Optional.empty();
    }

    /** {@code exe}, {@code dll} or {@code sys} from the PE header; null when "MZ" is not followed by a PE header. */
    private static String peType(byte[] bytes) {
        if (bytes.length < 0x40) {
            return null;
        }
        int pe = le32(bytes, 0x3C);
        if (pe < 0 || pe + 24 + 70 > bytes.length || !startsWith(bytes, pe, 'P', 'E', 0, 0)) {
            return null;
        }
        int characteristics = le16(bytes, pe + 22);
        if ((characteristics & 0x2000) != 0) {
            return "dll";
        }
        int subsystem = le16(bytes, pe + 24 + 68);
        return subsystem == 1 ? "sys" : "exe";
    }

    /** A ustar magic, or an old-style header whose checksum adds up. */
    private static boolean isTar(byte[] bytes) {
        if (bytes.length < 512) {
            return false;
        }
        if (startsWith(bytes, 257, 'u', 's', 't', 'a', 'r')) {
            return true;
        }
        String field = new String(bytes, 148, 8, StandardCharsets.US_ASCII).replace('\0', ' ').trim();
        if (field.isEmpty() || !field.chars().allMatch(c -> c >= '0' && c <= '7')) {
            return false;
        }
        long expected = Long.parseLong(field, 8);
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (bytes[i] & 0xFF);
        }
        return sum == expected && bytes[0] != 0;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }
}
