package io.huntbook.data.local;

import io.huntbook.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The built-in LocalData query catalog: MSTICPy's query names and parameters over the sample data's tables, in
 * MSTICPy's YAML format (DuckDB SQL). It ships inside this module; the catalog reads files, so it is written to the
 * data folder and refreshed whenever this module's copy differs.
 */
public final class LocalDataCatalog {
    private LocalDataCatalog() {}

    /** The resource name of the catalog inside this module. */
    public static final String RESOURCE = "queries/localdata_sample.yaml";

    /** The catalog's text. */
    public static byte[] content() {
        try (InputStream in = LocalDataCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the LocalData catalog " + RESOURCE + " is missing from huntbook-data");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the LocalData catalog: " + e.getMessage(), e);
        }
    }

    /** The catalog as a file under {@code folder} (written atomically when missing or out of date). */
    public static Path writeTo(Path folder) {
        Path file = folder.resolve("localdata_sample.yaml");
        byte[] content = content();
        try {
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), content)) {
                AtomicFiles.write(file, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
