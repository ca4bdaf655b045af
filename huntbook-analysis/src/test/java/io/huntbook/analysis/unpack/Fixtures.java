package io.huntbook.analysis.unpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Archives and encodings built in the test, so the default suite needs no files. */
final class Fixtures {
    private Fixtures() {}

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> members(String... nameThenText) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            members.put(nameThenText[i], utf8(nameThenText[i + 1]));
        }
        return members;
    }

    static byte[] zip(Map<String, byte[]> members) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (var member : members.entrySet()) {
                    zip.putNextEntry(new ZipEntry(member.getKey()));
                    zip.write(member.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] tar(Map<String, byte[]> members) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
                for (var member : members.entrySet()) {
                    TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                    entry.setSize(member.getValue().length);
                    tar.putArchiveEntry(entry);
                    tar.write(member.getValue());
                    tar.closeArchiveEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(content);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose one member is {@code size} zero bytes: tiny compressed, huge expanded. */
    static byte[] zipBomb(long size) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("zeros.bin"));
                byte[] block = new byte[1 << 20];
                for (long written = 0; written < size; written += block.length) {
                    zip.write(block, 0, (int) Math.min(block.length, size - written));
                }
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
