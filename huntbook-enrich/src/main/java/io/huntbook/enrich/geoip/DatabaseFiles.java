package io.huntbook.enrich.geoip;

import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the database file of one kind (City, Country, ASN) in the folder (DESIGN.md §6.D): the configured name,
 * else the default name, else the only {@code .mmdb} file whose name contains the kind; with several candidates, an
 * error lists them.
 */
final class DatabaseFiles {
    private DatabaseFiles() {}

    static Optional<Path> choose(Path folder, @Nullable String configured, String defaultName, String kind) {
        if (configured != null) {
            Path file = folder.resolve(configured);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("GeoIP " + kind + " database " + file + " does not exist: fix "
                        + kind + "DB in the GeoIP configuration or put the file there");
            }
            return Optional.of(file);
        }
        Path standard = folder.resolve(defaultName);
        if (Files.isRegularFile(standard)) {
            return Optional.of(standard);
        }
        List<Path> candidates = candidates(folder, kind);
        if (candidates.size() > 1) {
            throw new BadInputException("several GeoIP " + kind + " databases in " + folder + ": "
                    + candidates.stream().map(p -> p.getFileName().toString()).sorted().toList()
                    + "; name one with " + kind + "DB in the GeoIP configuration");
        }
        return candidates.stream().findFirst();
    }

    private static List<Path> candidates(Path folder, String kind) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String needle = "-" + kind.toLowerCase(Locale.ROOT);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".mmdb") && name.contains(needle);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
