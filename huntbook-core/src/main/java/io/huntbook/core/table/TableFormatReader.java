package io.huntbook.core.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.dflib.DataFrame;

/**
 * A reader for formats that core does not read itself (Parquet), found with {@link java.util.ServiceLoader}: a module
 * lists its implementation in {@code META-INF/services/io.huntbook.core.table.TableFormatReader}. Core's own readers
 * (CSV, TSV, JSON, JSON lines, OTRF zip) always win for their formats, so the timestamp and typing policy stays one.
 *
 * <p>A reader returns columns typed as {@link Tables} documents ({@code Long}, {@code Double}, {@code Boolean},
 * {@code Instant} in UTC, {@code String}, Jackson {@code JsonNode} for nested values); other date-time types are
 * normalised to {@code Instant} afterwards, and id columns are converted by {@link Tables}.
 */
public interface TableFormatReader {
    /** The formats this reader reads. */
    Set<InputFormat> formats();

    /**
     * Reads {@code file}, which exists and is a regular file. Malformed content is reported with
     * {@link io.huntbook.core.BadInputException}, naming the file and where in it.
     */
    DataFrame read(Path file, InputFormat format) throws IOException;
}
