package io.huntbook.data.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * OTRF Security-Datasets archives: a zip holding one or more JSON-lines files of Windows events. The members are
 * copied out under numbered names (never the member's own path, so a hostile archive cannot write elsewhere).
 */
final class OtrfArchives {
    private OtrfArchives() {}

    static List<Path> extract(Path zip, Path into) throws SQLException {
        List<Path> files = new ArrayList<>();
        String base = zip.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !(name.endsWith(".json") || name.endsWith(".jsonl"))
                        || name.contains("__macosx/")) {
                    continue;
                }
                Path target = into.resolve(base + "." + files.size() + ".jsonl");
                Files.copy(entries, target);
                files.add(target);
            }
        } catch (IOException e) {
            throw new SQLException("cannot read the OTRF archive " + zip + ": " + e.getMessage(), e);
        }
        return files;
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // A temporary copy; the OS cleans the temp folder eventually.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
