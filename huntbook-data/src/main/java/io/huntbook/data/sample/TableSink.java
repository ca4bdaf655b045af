package io.huntbook.data.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * One sample table being written: a DuckDB table with a fixed column list, filled through DuckDB's appender (fast
 * enough for millions of rows), later copied to Parquet. Timestamps are stored without a zone, in UTC.
 */
final class TableSink implements AutoCloseable {
    /** A column: its name and DuckDB type ({@code TIMESTAMP}, {@code VARCHAR}, {@code BIGINT}, {@code JSON}...). */
    record Col(String name, String type) {}

    private final String table;
    private final List<Col> columns;
    private final String orderBy;
    private final DuckDBAppender appender;
    private long rows;

    TableSink(Connection connection, String table, List<Col> columns) throws SQLException {
        this(connection, table, columns, "TimeGenerated");
    }

    /** A table whose file is sorted by {@code orderBy} (SQL columns), e.g. {@code Computer, TimeGenerated}. */
    TableSink(Connection connection, String table, List<Col> columns, String orderBy) throws SQLException {
        this.table = table;
        this.orderBy = orderBy;
        this.columns = List.copyOf(columns);
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"").append(table).append("\" (");
        for (int i = 0; i < columns.size(); i++) {
            ddl.append(i == 0 ? "" : ", ").append('"').append(columns.get(i).name()).append("\" ")
                    .append(columns.get(i).type());
        }
        try (Statement s = connection.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    String table() {
        return table;
    }

    String orderBy() {
        return orderBy;
    }

    long rows() {
        return rows;
    }

    /** Appends one row; values in column order, {@code null} for a missing value. */
    void row(@Nullable Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + " has " + columns.size() + " columns, got " + values.length);
        }
        try {
            appender.beginRow();
            for (Object value : values) {
                append(value);
            }
            appender.endRow();
            rows++;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to " + table + ": " + e.getMessage(), e);
        }
    }

    private void append(@Nullable Object value) throws SQLException {
        switch (value) {
            case null -> appender.appendNull();
            case String s -> appender.append(s);
            case Integer i -> appender.append((long) i);
            case Long l -> appender.append(l.longValue());
            case Double d -> appender.append(d.doubleValue());
            case Boolean b -> appender.append(b.booleanValue());
            case Instant t -> appender.append(t.atOffset(ZoneOffset.UTC).toLocalDateTime());
            default -> appender.append(value.toString());
        }
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
