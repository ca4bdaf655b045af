package io.huntbook.server.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's database: embedded H2 under the data folder by default, PostgreSQL when the ledger URL says so
 * ({@code jdbc:postgresql://...}), migrated by Flyway on open. Closing it closes the connection pool.
 */
public final class LedgerDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final boolean postgres;

    private LedgerDatabase(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /**
     * The embedded ledger in {@code folder} (created when missing). {@code AUTO_SERVER} lets a second process (such
     * as {@code huntbook token create}) open it while {@code huntbook serve} runs.
     */
    public static String embeddedUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("huntbook") + ";AUTO_SERVER=TRUE";
    }

    /** Opens and migrates the ledger at {@code url}; {@code poolSize} connections at most. */
    public static LedgerDatabase open(String url, @Nullable String user, @Nullable String password, int poolSize) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres && !url.startsWith("jdbc:h2:")) {
            throw new io.huntbook.core.BadInputException("the ledger URL must start with jdbc:postgresql: or jdbc:h2:,"
                    + " not " + url.replaceAll("password=[^&;]*", "password=***"));
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("huntbook-ledger");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new LedgerException("cannot open the ledger at " + url + ": " + rootMessage(e), e);
        }
        try {
            migrate(dataSource, postgres);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new LedgerException("cannot migrate the ledger at " + url + ": " + rootMessage(e), e);
        }
        return new LedgerDatabase(dataSource, postgres);
    }

    /**
     * Brings a ledger's schema up to date: every migration under {@code db/migration}, the ledger's (V1..V99) and the
     * incident tables' (V100+). Out of order, because a demo ledger may hold the incident tables before the ledger's
     * own migrations arrive. Migrating twice is harmless.
     */
    public static void migrate(DataSource dataSource, boolean postgres) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("binary_type", postgres ? "BYTEA" : "VARBINARY"))
                .outOfOrder(true)
                .loggers("slf4j")
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Whether the database answers. */
    public boolean healthy() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The innermost message of an exception chain (the one that says what actually went wrong). */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
