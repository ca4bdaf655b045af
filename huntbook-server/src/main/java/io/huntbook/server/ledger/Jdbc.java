package io.huntbook.server.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The few JDBC shapes the ledger needs, with failures turned into {@link LedgerException}. */
final class Jdbc {
    /** Reads one row. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int update(String sql, @Nullable Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> List<T> query(String sql, RowReader<T> reader, @Nullable Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, args);
             ResultSet rows = s.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Inserts, returning false (instead of failing) when a unique key is already taken. */
    boolean insertUnlessPresent(String sql, @Nullable Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw failure(sql, e);
        }
    }

    /** SQLState 23505 is a unique violation in both PostgreSQL and H2. */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static PreparedStatement prepare(Connection c, String sql, @Nullable Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }

    private static LedgerException failure(String sql, SQLException e) {
        String verb = sql.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return new LedgerException("the ledger's database failed (" + verb + "): " + e.getMessage(), e);
    }
}
