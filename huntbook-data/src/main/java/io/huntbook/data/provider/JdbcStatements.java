package io.huntbook.data.provider;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Runs bound query templates and reads schemas over any JDBC connection; the providers built on JDBC (the generic
 * one, LocalData on DuckDB) share it, and differ only in how they turn a Java value into a JDBC one.
 */
public final class JdbcStatements {
    private JdbcStatements() {}

    /** The standard conversion: an {@link Instant} becomes an {@link OffsetDateTime} in UTC (JDBC 4.2). */
    public static @Nullable Object standardValue(@Nullable Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    /** Runs {@code sql} on {@code connection} exactly as given. */
    public static DataFrame run(Connection connection, String sql, String source) {
        try (java.sql.Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return ResultFrames.read(rs);
        } catch (SQLException e) {
            throw new QueryFailedException(source + " refused the query: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Binds {@code parameters} into {@code template} ({@link SqlTemplate}) and runs it on {@code connection}.
     *
     * @param source names the data source in error messages
     * @param toJdbc turns each bound value into what the driver accepts
     */
    public static DataFrame query(Connection connection, String template, Map<String, ?> parameters,
            Function<@Nullable Object, @Nullable Object> toJdbc, String source) {
        SqlTemplate.Bound bound = SqlTemplate.bind(template, parameters);
        try (PreparedStatement statement = connection.prepareStatement(bound.sql())) {
            List<@Nullable Object> values = bound.values();
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, toJdbc.apply(values.get(i)));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return ResultFrames.read(rs);
            }
        } catch (SQLException e) {
            throw new QueryFailedException(source + " refused the query: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * The tables and views of {@code connection} with their columns and type names. Tables of a schema other than
     * the connection's current one are named {@code schema.table}; {@code includeSchema} leaves out system schemas.
     */
    public static Map<String, Map<String, String>> schema(Connection connection, Predicate<String> includeSchema,
            String source) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        try {
            String current = connection.getSchema();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && !includeSchema.test(schema)) {
                        continue;
                    }
                    String table = rs.getString("TABLE_NAME");
                    String name = schema == null || schema.equals(current) ? table : schema + "." + table;
                    tables.computeIfAbsent(name, k -> new LinkedHashMap<>())
                            .put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
                }
            }
        } catch (SQLException e) {
            throw new QueryFailedException("cannot read the schema of " + source + ": " + firstLine(e.getMessage()), e);
        }
        return tables;
    }

    /** Whether {@code connection} is there and open. */
    public static boolean isOpen(@Nullable Connection connection) {
        try {
            return connection != null && !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Closes {@code connection}, ignoring errors: a broken connection has nothing left to release. */
    public static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing to do: the connection is gone either way.
            }
        }
    }

    /** The first line of a driver's message, or a placeholder when it gave none. */
    public static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}
