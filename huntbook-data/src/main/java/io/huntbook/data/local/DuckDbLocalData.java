package io.huntbook.data.local;

import io.huntbook.data.provider.JdbcStatements;
import io.huntbook.data.provider.QueryFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** LocalData on an in-memory DuckDB: each table is a view over its files, read where they lie. */
final class DuckDbLocalData implements LocalData {
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbLocalData.class);

    private final String environment;
    private final List<TableSource> sources;
    private @Nullable Connection connection;
    private @Nullable Path extracted;

    DuckDbLocalData(String environment, List<TableSource> sources) {
        this.environment = environment;
        this.sources = List.copyOf(sources);
    }

    @Override
    public String environment() {
        return environment;
    }

    @Override
    public List<String> tables() {
        return sources.stream().map(TableSource::name).toList();
    }

    @Override
    public synchronized void connect() {
        if (connected()) {
            return;
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = c.createStatement()) {
                for (TableSource source : sources) {
                    statement.execute("CREATE VIEW " + identifier(source.name()) + " AS SELECT * FROM "
                            + source.format().reader(pathList(readableFiles(source))));
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            connection = c;
            LOG.debug("LocalData {} connected with {} tables", environment, sources.size());
        } catch (SQLException e) {
            deleteExtracted();
            throw new QueryFailedException("cannot open the local tables of " + environment + ": "
                    + JdbcStatements.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public synchronized boolean connected() {
        return JdbcStatements.isOpen(connection);
    }

    @Override
    public synchronized DataFrame query(String query, Map<String, ?> parameters) {
        connect();
        String sql = tableReference(query);
        return JdbcStatements.query(open(), sql != null ? sql : query, parameters, DuckDbLocalData::toJdbc,
                environment);
    }

    @Override
    public synchronized DataFrame query(String query) {
        connect();
        String sql = tableReference(query);
        return JdbcStatements.run(open(), sql != null ? sql : query, environment);
    }

    @Override
    public boolean isTableReference(String query) {
        return tableReference(query) != null;
    }

    @Override
    public synchronized Map<String, Map<String, String>> schema() {
        connect();
        return JdbcStatements.schema(open(), "main"::equals, environment);
    }

    @Override
    public synchronized void close() {
        JdbcStatements.closeQuietly(connection);
        connection = null;
        deleteExtracted();
    }

    /** {@code SELECT *} of the table a query names by table name, file name or path; null for SQL. */
    private @Nullable String tableReference(String query) {
        String text = query.strip();
        if (text.isEmpty() || text.contains(" ") || text.contains("\n")) {
            return null;
        }
        for (TableSource source : sources) {
            if (source.name().equalsIgnoreCase(text)
                    || source.origin().getFileName().toString().equals(text)
                    || source.origin().toString().equals(text)) {
                return "SELECT * FROM " + identifier(source.name());
            }
        }
        return null;
    }

    /** Timestamps in local files are read without a zone, as UTC; an Instant is compared the same way. */
    private static @Nullable Object toJdbc(@Nullable Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).toLocalDateTime() : value;
    }

    private List<Path> readableFiles(TableSource source) throws SQLException {
        if (source.format() != SourceFormat.OTRF_ZIP) {
            return source.files();
        }
        List<Path> files = new ArrayList<>();
        for (Path zip : source.files()) {
            files.addAll(OtrfArchives.extract(zip, extractedFolder()));
        }
        if (files.isEmpty()) {
            throw new SQLException("no JSON files inside " + source.origin() + ": an OTRF archive holds JSON lines");
        }
        return files;
    }

    private Path extractedFolder() throws SQLException {
        if (extracted == null) {
            try {
                extracted = Files.createTempDirectory("huntbook-otrf-");
            } catch (IOException e) {
                throw new SQLException("cannot create a temporary folder for OTRF archives: " + e.getMessage(), e);
            }
        }
        return extracted;
    }

    private void deleteExtracted() {
        if (extracted != null) {
            OtrfArchives.deleteQuietly(extracted);
            extracted = null;
        }
    }

    private Connection open() {
        Connection c = connection;
        if (c == null) {
            throw new IllegalStateException("LocalData is not connected");
        }
        return c;
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String pathList(List<Path> files) {
        return files.stream().map(p -> "'" + p.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return environment + " " + tables().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
