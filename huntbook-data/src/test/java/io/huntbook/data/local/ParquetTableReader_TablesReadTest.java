package io.huntbook.data.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.table.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableReader_TablesReadTest {
    @TempDir
    Path dir;

    @Test
    void coresTablesReadReadsParquetThroughThisModule() throws Exception {
        Path file = dir.resolve("events.parquet");
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
            s.execute("COPY (SELECT TIMESTAMP '2024-03-01 10:00:00' AS TimeGenerated, 'WS1' AS Computer,"
                    + " 4688::BIGINT AS EventID, 0.5 AS Score) TO '" + file + "' (FORMAT parquet)");
        }
        DataFrame frame = Tables.read(file);
        assertThat(frame.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(frame.getColumn("EventID").get(0)).isEqualTo(4688L);
        assertThat(frame.getColumn("Computer").get(0)).isEqualTo("WS1");
    }

    @Test
    void aBrokenFileIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.parquet"), "not parquet");
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.parquet");
    }
}
