package io.huntbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.server.ledger.RunFilter;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.ledger.RunState;
import io.huntbook.testing.SystemTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two servers on one PostgreSQL ledger share the work, and each run executes once. */
@SystemTest
class Ledger_TwoServersOnPostgresTest {
    @TempDir
    Path dir;

    @Test
    void two_workers_execute_each_run_exactly_once() throws Exception {
        String url = required("HUNTBOOK_TEST_PG_URL");
        String user = required("HUNTBOOK_TEST_PG_USER");
        String password = required("HUNTBOOK_TEST_PG_PASSWORD");
        String schema = "hb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String ledger = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
        RecordingExecutor a = new RecordingExecutor(2);
        RecordingExecutor b = new RecordingExecutor(2);
        try (HuntbookServer one = TestServers.start(TestServers.settings(dir.resolve("a")).queueFolder(null)
                     .ledger(ledger, user, password).workerName("worker-a").build(), a, Clock.systemUTC());
             HuntbookServer two = TestServers.start(TestServers.settings(dir.resolve("b")).queueFolder(null)
                     .ledger(ledger, user, password).workerName("worker-b").build(), b, Clock.systemUTC())) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                HuntbookServer via = i % 2 == 0 ? one : two;
                ids.add(via.runs().submit(Job.of("triage", Map.of()), "http", null).run().id());
            }
            TestServers.await("every run to end", 60, () -> one.ledger().list(RunFilter.all()).stream()
                    .allMatch(r -> r.state().isFinal()));
            List<RunRecord> runs = one.ledger().list(RunFilter.all());
            assertThat(runs).hasSize(60).extracting(RunRecord::state).containsOnly(RunState.SUCCEEDED);
            assertThat(runs).extracting(RunRecord::attempts).containsOnly(1);
            a.executions.forEach((id, n) -> executions.merge(id, n, (x, y) -> new AtomicInteger(x.get() + y.get())));
            b.executions.forEach((id, n) -> executions.merge(id, n, (x, y) -> new AtomicInteger(x.get() + y.get())));
            assertThat(executions.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(executions.values()).extracting(AtomicInteger::get).containsOnly(1);
            assertThat(runs).extracting(RunRecord::worker).contains("worker-a", "worker-b");
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set: the system profile needs a PostgreSQL (see .ci/run)");
        }
        return value;
    }
}
