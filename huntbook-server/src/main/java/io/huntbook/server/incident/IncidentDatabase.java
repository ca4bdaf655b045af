package io.huntbook.server.incident;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    /** Brings the schema up to date; migrations that are not ours but are on the class path are applied too. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                // The ledger's migrations (V1..V99) may arrive after ours have been applied.
                .outOfOrder(true)
                // Through SLF4J, so the CLI stays quiet on stderr and the server logs JSON lines.
                .loggers("slf4j")
                .load()
                .migrate();
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
