package io.huntbook.server.incident;

import io.huntbook.server.ledger.LedgerDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The incident tables in the ledger's database. The ledger owns the {@code DataSource} and runs Flyway over
 * {@value #MIGRATIONS}, which holds its migrations (V1..V99) and these (V100+); {@link #migrate} does the same for a
 * database that only holds incidents (the demo, tests). Migrating twice is harmless.
 */
public final class IncidentDatabase {
    /** Where the migrations are on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration";

    private IncidentDatabase() {}

    /** Brings the schema up to date (the ledger's migrations too: they share {@value #MIGRATIONS}). */
    public static void migrate(DataSource dataSource) {
        LedgerDatabase.migrate(dataSource, isPostgres(dataSource));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the incident database: " + e.getMessage(), e);
        }
    }

    /** An embedded H2 database in {@code folder} (file {@code ledger.mv.db}), as the ledger uses by default. */
    public static DataSource h2(Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("ledger") + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }
}
