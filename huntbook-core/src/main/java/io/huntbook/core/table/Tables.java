package io.huntbook.core.table;

import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.dflib.DataFrame;
import org.dflib.Index;
import org.dflib.Series;

/**
 * Reads a table from a file into a DFLib {@link DataFrame}, following the input rules of DESIGN.md §6.A.
 *
 * <ul>
 *   <li>The format comes from the extension ({@code .csv}, {@code .tsv}; {@code .jsonl}, {@code .ndjson};
 *       {@code .json} as an array or as JSON lines; {@code .parquet}; {@code .zip} as an OTRF Security-Datasets
 *       archive of JSON lines), unless {@link ReadOptions#withFormat} names one.</li>
 *   <li>CSV/TSV: UTF-8 with or without a byte-order mark, RFC 4180 quoting and fields over several lines, blank lines
 *       skipped; an empty first header is an exporter's row index and is dropped; blank headers become
 *       {@code Unnamed: i} and repeats {@code name.1}, as pandas names them.</li>
 *   <li>Column types: {@code Long}, {@code Double}, {@code Boolean}, {@code Instant} (UTC; a timestamp without an offset
 *       is UTC, a date alone is midnight UTC), {@code String} otherwise; JSON objects and arrays stay Jackson
 *       {@code JsonNode}s. An empty CSV cell and a JSON null or missing key are null.</li>
 *   <li>Id columns named in {@link ReadOptions#withIdColumns} are read tolerantly by {@link Ids}.</li>
 *   <li>Parquet comes from a {@link TableFormatReader} on the class path (huntbook-data provides one).</li>
 * </ul>
 *
 * <p>Bad input (a missing file, a malformed line, an unknown extension) throws {@link BadInputException} with one line
 * that names the file and, where there is one, the line.
 */
public final class Tables {
    private Tables() {}

    /** Reads {@code file} with the format its extension names. */
    public static DataFrame read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /** Reads {@code file} as {@code options} say. */
    public static DataFrame read(Path file, ReadOptions options) {
        InputFormat format = options.explicitFormat().orElseGet(() -> formatOf(file));
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + " is a folder: give a file");
        }
        if (!Files.exists(file)) {
            throw new BadInputException("no such file: " + file);
        }
        if (format == InputFormat.PARQUET) {
            try {
                return withIdColumns(normaliseTimestamps(readWithPlugin(file, format)), options, file.toString());
            } catch (IOException e) {
                throw failure(file.toString(), e);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format, file.toString(), options);
        } catch (IOException e) {
            throw failure(file.toString(), e);
        }
    }

    /**
     * Reads a table from a stream (a resource on the class path, stdin): the format is the explicit one in
     * {@code options}, else the one {@code sourceName}'s extension says; {@code sourceName} also names the source in
     * messages. Parquet needs a file. The stream is read to its end, not closed.
     */
    public static DataFrame read(InputStream in, String sourceName, ReadOptions options) {
        InputFormat format = options.explicitFormat().orElseGet(() -> formatOf(Path.of(sourceName)));
        if (format == InputFormat.PARQUET) {
            throw new BadInputException("cannot read " + sourceName + " from a stream: Parquet is read from a file");
        }
        try {
            return read(in, format, sourceName, options);
        } catch (IOException e) {
            throw failure(sourceName, e);
        }
    }

    private static DataFrame read(InputStream in, InputFormat format, String source, ReadOptions options)
            throws IOException {
        DataFrame frame = switch (format) {
            case CSV -> new DelimitedReader(',').read(in, source);
            case TSV -> new DelimitedReader('\t').read(in, source);
            case JSON, JSONL -> {
                JsonRecordsReader reader = new JsonRecordsReader();
                reader.add(in, source);
                yield reader.frame();
            }
            case OTRF_ZIP -> readOtrf(in, source);
            case PARQUET -> throw new IllegalStateException("Parquet is read from a file");
        };
        return withIdColumns(normaliseTimestamps(frame), options, source);
    }

    private static RuntimeException failure(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BadInputException("no such file: " + source, e);
        }
        if (e instanceof AccessDeniedException) {
            return new BadInputException("cannot read " + source + ": permission denied", e);
        }
        return new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }

    private static InputFormat formatOf(Path file) {
        return InputFormat.fromFileName(file).orElseThrow(() -> new BadInputException("cannot tell the format of "
                + file + " from its extension: use .csv, .tsv, .json, .jsonl, .ndjson, .parquet or .zip,"
                + " or name the format (--input-format)"));
    }

    /** An OTRF Security-Datasets archive: every JSON file in the zip, as JSON lines, one table. */
    private static DataFrame readOtrf(InputStream in, String source) throws IOException {
        JsonRecordsReader reader = new JsonRecordsReader();
        int files = 0;
        try {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (entry.isDirectory() || name.startsWith("__MACOSX/")
                        || !(lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson"))) {
                    continue;
                }
                reader.add(zip, source + "!" + name);
                files++;
            }
        } catch (ZipException e) {
            throw new BadInputException(source + ": not a readable zip archive (" + e.getMessage()
                    + "): give an OTRF Security-Datasets zip, or name another format (--input-format)", e);
        }
        if (files == 0) {
            throw new BadInputException(source + ": the archive holds no .json file: an OTRF dataset zip holds JSON lines");
        }
        return reader.frame();
    }

    private static DataFrame readWithPlugin(Path file, InputFormat format) throws IOException {
        for (TableFormatReader reader : ServiceLoader.load(TableFormatReader.class)) {
            if (reader.formats().contains(format)) {
                return reader.read(file, format);
            }
        }
        throw new BadInputException("cannot read " + file + ": reading " + format.id()
                + " files needs the huntbook-data module (DuckDB) on the class path: add it, or convert the file to"
                + " CSV or JSON lines");
    }

    /** Other readers may give local or offset date-times; the policy is one: Instant in UTC. */
    private static DataFrame normaliseTimestamps(DataFrame frame) {
        String[] names = frame.getColumnsIndex().toArray();
        List<Series<?>> columns = new ArrayList<>(names.length);
        boolean changed = false;
        for (int c = 0; c < names.length; c++) {
            Series<?> column = frame.getColumn(c);
            Object sample = firstNonNull(column);
            if (sample instanceof TemporalAccessor && !(sample instanceof java.time.Instant)) {
                Object[] values = new Object[column.size()];
                for (int r = 0; r < values.length; r++) {
                    Object v = column.get(r);
                    values[r] = switch (v) {
                        case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
                        case OffsetDateTime o -> o.toInstant();
                        case ZonedDateTime z -> z.toInstant();
                        case null, default -> v;
                    };
                }
                column = Series.of(values);
                changed = true;
            }
            columns.add(column);
        }
        return changed ? DataFrame.byColumn(Index.of(names)).ofIterable(columns) : frame;
    }

    private static @org.jspecify.annotations.Nullable Object firstNonNull(Series<?> column) {
        for (int r = 0; r < column.size(); r++) {
            if (column.get(r) != null) {
                return column.get(r);
            }
        }
        return null;
    }

    private static DataFrame withIdColumns(DataFrame frame, ReadOptions options, String file) {
        if (options.idColumns().isEmpty()) {
            return frame;
        }
        List<String> names = Arrays.asList(frame.getColumnsIndex().toArray());
        List<Series<?>> columns = new ArrayList<>();
        for (String id : options.idColumns()) {
            if (!names.contains(id)) {
                throw new BadInputException(file + ": no column '" + id + "': the columns are " + String.join(", ", names));
            }
        }
        for (int c = 0; c < names.size(); c++) {
            Series<?> column = frame.getColumn(c);
            if (options.idColumns().contains(names.get(c))) {
                try {
                    column = Ids.column(column, names.get(c));
                } catch (BadInputException e) {
                    throw new BadInputException(file + ": " + e.getMessage(), e);
                }
            }
            columns.add(column);
        }
        return DataFrame.byColumn(Index.of(names.toArray(new String[0]))).ofIterable(columns);
    }
}
