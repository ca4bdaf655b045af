package io.huntbook.data.local;

import io.huntbook.core.BadInputException;
import io.huntbook.core.table.InputFormat;
import io.huntbook.core.table.TableFormatReader;
import io.huntbook.data.provider.JdbcStatements;
import io.huntbook.data.provider.ResultFrames;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.dflib.DataFrame;

/**
 * Parquet for core's {@code Tables.read}, through DuckDB: found with {@link java.util.ServiceLoader}, so any
 * command that reads tables reads Parquet when huntbook-data is on the class path.
 */
public final class ParquetTableReader implements TableFormatReader {
    @Override
    public Set<InputFormat> formats() {
        return Set.of(InputFormat.PARQUET);
    }

    @Override
    public DataFrame read(Path file, InputFormat format) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM "
                        + SourceFormat.PARQUET.reader(DuckDbLocalData.pathList(List.of(file))))) {
            return ResultFrames.read(rs);
        } catch (SQLException e) {
            throw new BadInputException(file + ": not a readable Parquet file ("
                    + JdbcStatements.firstLine(e.getMessage()) + ")", e);
        }
    }
}
