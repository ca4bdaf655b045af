package io.huntbook.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees the old content or the new, never half of one: the bytes go to a temporary
 * file in the same folder, which is then renamed over the target. A failed write leaves the target untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What writes the content; it may throw, and then the target is left as it was. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target} atomically, creating missing parent folders. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code writer} produces to {@code target} atomically, creating missing parent folders. */
    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeTo(out);
            }
            keepPermissions(temp, absolute);
            move(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the original error matters more.
                }
            }
        }
    }

    /**
     * A temporary file is created owner-only (0600); the result should read like any other file the user writes: the
     * permissions of the file it replaces, or rw-r--r-- for a new one.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
