package io.huntbook.server.incident;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Test databases: a private in-memory H2, or a fresh schema in the PostgreSQL named by HUNTBOOK_TEST_PG_*. */
final class Ledgers {
    private Ledgers() {}

    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        IncidentDatabase.migrate(h2);
        return h2;
    }

    static DataSource h2File(Path folder) {
        DataSource h2 = IncidentDatabase.h2(folder);
        IncidentDatabase.migrate(h2);
        return h2;
    }

    /** A new schema of the test PostgreSQL; the variables must be set (the system profile's CI sets them). */
    static DataSource postgres(String schema) {
        String url = System.getenv("HUNTBOOK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new AssertionError("HUNTBOOK_TEST_PG_URL is not set: the system profile needs PostgreSQL (.ci/run)");
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(System.getenv("HUNTBOOK_TEST_PG_USER"));
        pg.setPassword(System.getenv("HUNTBOOK_TEST_PG_PASSWORD"));
        pg.setCurrentSchema(schema);
        org.flywaydb.core.Flyway.configure().dataSource(pg).schemas(schema).createSchemas(true)
                .locations(IncidentDatabase.MIGRATIONS).placeholders(java.util.Map.of("binary_type", "BYTEA"))
                .load().migrate();
        return pg;
    }
}
