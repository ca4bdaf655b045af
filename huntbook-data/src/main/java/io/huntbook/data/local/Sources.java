package io.huntbook.data.local;

import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Finds the tables in files and folders, and refuses two tables of one name. */
final class Sources {
    private final Map<String, TableSource> tables = new LinkedHashMap<>();

    void addFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("no such folder: " + folder + " (give a folder of CSV, JSON, Parquet or OTRF"
                    + " zip files)");
        }
        for (Path entry : list(folder)) {
            if (Files.isDirectory(entry)) {
                folderTable(null, entry, false).ifPresent(this::put);
            } else {
                SourceFormat.of(entry).ifPresent(format -> put(new TableSource(format.stem(entry), format, entry,
                        List.of(entry))));
            }
        }
    }

    void addTable(@Nullable String name, Path fileOrFolder) {
        if (Files.isDirectory(fileOrFolder)) {
            folderTable(name, fileOrFolder, true).ifPresent(this::put);
            return;
        }
        if (!Files.isRegularFile(fileOrFolder)) {
            throw new BadInputException("no such file: " + fileOrFolder);
        }
        SourceFormat format = SourceFormat.of(fileOrFolder).orElseThrow(() -> new BadInputException("cannot read "
                + fileOrFolder + " as a table: use a .csv, .tsv, .jsonl, .ndjson, .json, .parquet or OTRF .zip file"));
        put(new TableSource(name != null ? name : format.stem(fileOrFolder), format, fileOrFolder,
                List.of(fileOrFolder)));
    }

    List<TableSource> all() {
        return List.copyOf(tables.values());
    }

    private Optional<TableSource> folderTable(@Nullable String name, Path folder, boolean required) {
        List<Path> files = new ArrayList<>();
        Set<SourceFormat> formats = EnumSet.noneOf(SourceFormat.class);
        for (Path entry : list(folder)) {
            Optional<SourceFormat> format = Files.isRegularFile(entry) ? SourceFormat.of(entry) : Optional.empty();
            format.ifPresent(f -> {
                formats.add(f);
                files.add(entry);
            });
        }
        if (formats.size() > 1) {
            throw new BadInputException("folder " + folder + " mixes " + formats.stream().map(f -> f.name()
                    .toLowerCase(Locale.ROOT)).toList() + " files: a folder is one table, so keep one format in it");
        }
        if (files.isEmpty()) {
            if (required) {
                throw new BadInputException("folder " + folder + " has no CSV, JSON, Parquet or OTRF zip files");
            }
            return Optional.empty();
        }
        return Optional.of(new TableSource(name != null ? name : folder.getFileName().toString(),
                formats.iterator().next(), folder, files));
    }

    private void put(TableSource source) {
        TableSource existing = tables.get(source.name().toLowerCase(Locale.ROOT));
        if (existing != null) {
            throw new BadInputException("two tables named '" + source.name() + "': " + existing.origin() + " and "
                    + source.origin() + "; rename one, or add it with a name of its own");
        }
        tables.put(source.name().toLowerCase(Locale.ROOT), source);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
