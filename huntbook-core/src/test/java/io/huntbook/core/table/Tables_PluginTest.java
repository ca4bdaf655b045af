package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.Set;
import org.dflib.DataFrame;
import org.dflib.Index;
import org.dflib.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module adds a format through the ServiceLoader SPI, and core's timestamp policy still applies to its frames. */
class Tables_PluginTest {
    @TempDir
    Path dir;

    /** Stands for huntbook-data's Parquet reader. */
    public static final class FakeParquetReader implements TableFormatReader {
        @Override
        public Set<InputFormat> formats() {
            return Set.of(InputFormat.PARQUET);
        }

        @Override
        public DataFrame read(Path file, InputFormat format) {
            return DataFrame.byColumn(Index.of("When", "PID")).of(
                    Series.of(LocalDateTime.parse("2024-05-01T10:00:00")), Series.of("0x10"));
        }
    }

    @Test
    void parquetComesFromAProviderOnTheClassPath() throws IOException {
        Path services = dir.resolve("cp/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(TableFormatReader.class.getName()), FakeParquetReader.class.getName() + "\n");
        Path file = Files.write(dir.resolve("data.parquet"), new byte[] {1});
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()},
                getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            DataFrame frame = Tables.read(file, ReadOptions.defaults().withIdColumns("PID"));
            assertThat(frame.getColumn("When").get(0)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(frame.getColumn("PID").get(0)).isEqualTo(16L);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
