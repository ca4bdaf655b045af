package io.huntbook.analysis.unpack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members of gzip, zip and tar archives held in memory, never producing more bytes than the budget
 * allows. A damaged archive gives the members read before the damage and a problem description.
 */
final class Archives {
    private Archives() {}

    record Member(String name, byte[] bytes, boolean truncated) {}

    record Extraction(List<Member> members, @Nullable String problem) {}

    static boolean isArchive(@Nullable String type) {
        return "zip".equals(type) || "gz".equals(type) || "tar".equals(type);
    }

    /** {@link #extract(String, byte[], Budget)}, a gzip file of the common form inflated by {@code gzip}. */
    static Extraction extract(String type, byte[] archive, Budget budget, GzipMember gzip) {
        if (type.equals("gz")) {
            byte[] content = gzip.inflate(archive, budget.remainingBytes());
            if (content != null) {
                budget.useBytes(content.length);
                return new Extraction(List.of(new Member(GZIP_MEMBER, content, false)), null);
            }
        }
        return extract(type, archive, budget);
    }

    /** The name MSTICPy gives a gzip file's content. */
    private static final String GZIP_MEMBER = "gzip_file";

    /** The members by commons-compress. */
    static Extraction extract(String type, byte[] archive, Budget budget) {
        List<Member> members = new ArrayList<>();
        try {
            switch (type) {
                case "gz" -> {
                    try (InputStream in = new GzipCompressorInputStream(new ByteArrayInputStream(archive), true)) {
                        members.add(read(GZIP_MEMBER, in, budget));
                    }
                }
                case "tar" -> {
                    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
                        readAll(in, members, budget);
                    }
                }
                case "zip" -> readZip(archive, members, budget);
                default -> throw new IllegalArgumentException("not an archive type: " + type);
            }
            return new Extraction(members, null);
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Extraction(members, type + " archive is damaged or truncated (" + message + ")");
        }
    }

    /** The central directory when it can be read (names and order as Python's zipfile), the stream otherwise. */
    private static void readZip(byte[] archive, List<Member> members, Budget budget) throws IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get();
        } catch (IOException e) {
            try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(archive))) {
                readAll(in, members, budget);
            }
            return;
        }
        try (zip) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!budget.canAddItem() || budget.remainingBytes() == 0) {
                    budget.truncate("limit reached while reading zip members");
                    return;
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new IOException("member " + entry.getName() + " is encrypted or uses an unsupported method");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    members.add(read(entry.getName(), in, budget));
                }
            }
        }
    }

    private static void readAll(ArchiveInputStream<?> in, List<Member> members, Budget budget) throws IOException {
        ArchiveEntry entry;
        while ((entry = in.getNextEntry()) != null) {
            if (!budget.canAddItem() || budget.remainingBytes() == 0) {
                budget.truncate("limit reached while reading archive members");
                return;
            }
            members.add(entry.isDirectory() ? new Member(entry.getName(), new byte[0], false)
                    : read(entry.getName(), in, budget));
        }
    }

    /** Reads one member, stopping at the byte budget (the member is then marked truncated). */
    private static Member read(String name, InputStream in, Budget budget) throws IOException {
        long allowed = budget.remainingBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (total + n > allowed) {
                out.write(buffer, 0, (int) (allowed - total));
                budget.truncate("decoded size limit of " + budget.maxBytes() + " bytes reached in member " + name);
                budget.useBytes(out.size());
                return new Member(name, out.toByteArray(), true);
            }
            out.write(buffer, 0, n);
            total += n;
        }
        budget.useBytes(out.size());
        return new Member(name, out.toByteArray(), false);
    }
}
