package io.huntbook.data.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.testing.SystemTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dflib.DataFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC provider against a real PostgreSQL (started by .ci/run; HUNTBOOK_TEST_PG_URL/USER/PASSWORD). */
@SystemTest
class JdbcProvider_PostgresqlTest {
    private DataProvider pg;
    private String schema;

    @BeforeEach
    void connect() {
        pg = DataProviders.jdbc(null, env("HUNTBOOK_TEST_PG_URL"), env("HUNTBOOK_TEST_PG_USER"),
                env("HUNTBOOK_TEST_PG_PASSWORD"));
        schema = "hb_data_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        pg.connect();
        exec("CREATE SCHEMA " + schema);
        exec("CREATE TABLE " + schema + ".signins (TimeGenerated timestamptz, Naive timestamp, UserPrincipalName text,"
                + " IPAddress text, ResultType integer, RiskScore double precision, Big bigint, Ok boolean,"
                + " Amount numeric(10,2), LocationDetails jsonb)");
        exec("INSERT INTO " + schema + ".signins VALUES"
                + " ('2024-03-01 10:00:00+00', '2024-03-01 10:00:00', 'ann@contoso.com', '203.0.113.7', 50126, 0.9,"
                + " 9000000000, false, 12.50, '{\"city\": \"Lagos\", \"geo\": [6.5, 3.4]}'),"
                + " ('2024-03-01 12:00:00+02', NULL, 'bob@contoso.com', '198.51.100.1', 0, NULL, 1, true, NULL, NULL)");
    }

    /** Set-up and clean-up go around the provider, which only queries. */
    private static void exec(String ddl) {
        try (Connection c = DriverManager.getConnection(env("HUNTBOOK_TEST_PG_URL"), env("HUNTBOOK_TEST_PG_USER"),
                env("HUNTBOOK_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            throw new AssertionError("cannot run " + ddl + ": " + e.getMessage(), e);
        }
    }

    @AfterEach
    void drop() {
        try {
            exec("DROP SCHEMA " + schema + " CASCADE");
        } finally {
            pg.close();
        }
    }

    @Test
    void columnsComeBackTyped() {
        DataFrame frame = pg.query("SELECT * FROM " + schema + ".signins ORDER BY TimeGenerated");
        assertThat(frame.height()).isEqualTo(2);
        assertThat(frame.getColumn("timegenerated").get(0)).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(frame.getColumn("timegenerated").get(1)).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(frame.getColumn("naive").get(0)).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(frame.getColumn("naive").get(1)).isNull();
        assertThat(frame.getColumn("resulttype").get(0)).isEqualTo(50126L);
        assertThat(frame.getColumn("big").get(0)).isEqualTo(9_000_000_000L);
        assertThat(frame.getColumn("riskscore").get(0)).isEqualTo(0.9);
        assertThat(frame.getColumn("riskscore").get(1)).isNull();
        assertThat(frame.getColumn("ok").get(1)).isEqualTo(true);
        assertThat(frame.getColumn("amount").get(0)).isEqualTo(new java.math.BigDecimal("12.50"));
        JsonNode location = (JsonNode) frame.getColumn("locationdetails").get(0);
        assertThat(location.get("city").asText()).isEqualTo("Lagos");
        assertThat(location.get("geo").get(1).asDouble()).isEqualTo(3.4);
    }

    @Test
    void parametersAreBoundIncludingListsAndInstants() {
        String sql = "SELECT UserPrincipalName FROM " + schema + ".signins"
                + " WHERE IPAddress IN ({ip_address_list}) AND TimeGenerated >= {start} AND TimeGenerated <= {end}";
        DataFrame hit = pg.query(sql, Map.of("ip_address_list", List.of("203.0.113.7", "192.0.2.1"),
                "start", Instant.parse("2024-03-01T09:00:00Z"), "end", Instant.parse("2024-03-01T11:00:00Z")));
        assertThat(hit.getColumn("userprincipalname").toList()).containsExactly("ann@contoso.com");
        DataFrame none = pg.query(sql, Map.of("ip_address_list", List.of("203.0.113.7'); DROP TABLE x; --"),
                "start", Instant.EPOCH, "end", Instant.now()));
        assertThat(none.height()).isZero();
    }

    @Test
    void schemaListsTheTableAndErrorsNameTheSource() {
        assertThat(pg.schema()).containsKey(schema + ".signins");
        assertThat(pg.schema().get(schema + ".signins")).containsEntry("locationdetails", "jsonb")
                .containsEntry("timegenerated", "timestamptz");
        assertThatThrownBy(() -> pg.query("SELECT * FROM no_such_table"))
                .isInstanceOf(QueryFailedException.class).hasMessageContaining("PostgreSQL refused the query")
                .hasMessageContaining("no_such_table");
    }

    @Test
    void aWrongPasswordIsAClearErrorWithoutThePassword() {
        try (DataProvider wrong = DataProviders.jdbc(null, env("HUNTBOOK_TEST_PG_URL"), env("HUNTBOOK_TEST_PG_USER"),
                "not-the-password-xyz")) {
            assertThatThrownBy(wrong::connect).isInstanceOf(QueryFailedException.class)
                    .hasMessageContaining("cannot connect to " + env("HUNTBOOK_TEST_PG_URL"))
                    .hasMessageNotContaining("not-the-password-xyz");
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set: run the system profile through .ci/run, which starts"
                    + " PostgreSQL and sets HUNTBOOK_TEST_PG_URL, _USER and _PASSWORD");
        }
        return value;
    }
}
