package io.huntbook.notebook.scraps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.core.BadInputException;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.core.table.TableWriter;
import io.huntbook.core.table.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.dflib.DataFrame;

/**
 * scrapbook's {@code pandas} encoding: a DataFrame written as Parquet and base64-encoded. Read back through
 * {@link Tables#read}, whose Parquet reader huntbook-data provides; without it the scrap is kept as stored.
 */
final class PandasScrap {
    private PandasScrap() {}

    /** The table as JSON records (one object per row), the form Huntbook's own table scraps take. */
    static ArrayNode records(String base64) {
        byte[] parquet;
        try {
            parquet = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("not base64: " + e.getMessage());
        }
        Path file = null;
        try {
            // The Parquet reader needs a file; the temporary one lives only for this read.
            file = Files.createTempFile("huntbook-scrap-", ".parquet");
            AtomicFiles.write(file, parquet);
            DataFrame frame = Tables.read(file);
            ArrayNode rows = JsonNodeFactory.instance.arrayNode();
            for (int r = 0; r < frame.height(); r++) {
                rows.add(TableWriter.row(frame, r));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A leftover temporary file is harmless.
                }
            }
        }
    }
}
