package io.huntbook.server.incident;

import io.huntbook.testing.MutableClock;
import io.huntbook.testing.SystemTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same deduplication story on PostgreSQL, in a schema of its own that is dropped afterwards. */
@SystemTest
class LocalIncidentStore_PostgresTest {
    @Test
    void theMigrationsAndTheStoreWorkOnPostgres() throws Exception {
        String schema = "hb_incidents_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DataSource pg = Ledgers.postgres(schema);
        try {
            DedupScenario.run(pg, new MutableClock(Instant.parse("2026-11-27T22:00:00Z")));
        } finally {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
