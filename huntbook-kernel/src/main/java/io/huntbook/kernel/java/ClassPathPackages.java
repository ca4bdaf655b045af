package io.huntbook.kernel.java;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Which packages each jar of a class path holds. The compiler looks for a package in every class-path entry, opening
 * each jar as a file system the first time (a sixth of a second for the CLI's hundred jars on a cold run, on its
 * critical path); reading a jar's entry names is about four times cheaper, and afterwards only the jars that hold a
 * package are opened at all.
 */
final class ClassPathPackages {
    private static final String VERSIONED = "META-INF/versions/";
    /** Per jar, its packages in dotted form; absent for entries that are not readable jars. */
    private final Map<Path, Set<String>> packagesByJar = new ConcurrentHashMap<>();
    private final Set<Path> notJars = ConcurrentHashMap.newKeySet();

    /**
     * The packages {@code entry} holds, or null when it is not a jar this index can read (a folder, a missing or
     * unreadable file), which the compiler must then search itself.
     */
    @Nullable Set<String> packagesOf(Path entry) {
        Set<String> known = packagesByJar.get(entry);
        if (known != null || notJars.contains(entry)) {
            return known;
        }
        Set<String> read = read(entry);
        if (read == null) {
            notJars.add(entry);
            return null;
        }
        packagesByJar.put(entry, read);
        return read;
    }

    private static @Nullable Set<String> read(Path entry) {
        String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
        if (!(name.endsWith(".jar") || name.endsWith(".zip")) || !Files.isRegularFile(entry)) {
            return null;
        }
        Set<String> packages = new HashSet<>();
        try (ZipFile jar = new ZipFile(entry.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String path = entries.nextElement().getName();
                if (path.startsWith(VERSIONED)) {
                    // A multi-release jar's versioned classes count for the package they are in.
                    int release = path.indexOf('/', VERSIONED.length());
                    path = release < 0 ? "" : path.substring(release + 1);
                }
                int slash = path.lastIndexOf('/');
                if (slash > 0 && slash < path.length() - 1) {
                    packages.add(path.substring(0, slash).replace('/', '.'));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // the compiler reads it itself and reports what is wrong with it
        }
        return packages;
    }
}
