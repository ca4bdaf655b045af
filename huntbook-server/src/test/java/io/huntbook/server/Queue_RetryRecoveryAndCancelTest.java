package io.huntbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.runner.RunStatus;
import io.huntbook.server.ledger.LedgerDatabase;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.ledger.RunState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Queue_RetryRecoveryAndCancelTest {
    @TempDir
    Path dir;

    @Test
    void infrastructure_failures_are_retried_and_notebook_errors_are_not() {
        RecordingExecutor executor = new RecordingExecutor(2);
        executor.failFirst = 1;
        try (HuntbookServer server = TestServers.start(TestServers.settings(dir).queueFolder(null).build(), executor,
                Clock.systemUTC())) {
            String retried = server.runs().submit(Job.of("triage", Map.of()), "http", null).run().id();
            TestServers.await("the retried run to succeed", 20, () -> state(server, retried) == RunState.SUCCEEDED);
            RunRecord run = server.ledger().find(retried).orElseThrow();
            assertThat(run.attempts()).isEqualTo(2);
            assertThat(executor.executions.get(retried).get()).isEqualTo(2);

            executor.failFirst = 0;
            executor.status = RunStatus.FAILED;
            String failed = server.runs().submit(Job.of("triage", Map.of()), "http", null).run().id();
            TestServers.await("the failing run to end", 20, () -> state(server, failed) == RunState.FAILED);
            assertThat(server.ledger().find(failed).orElseThrow().attempts()).isEqualTo(1);
            assertThat(server.ledger().find(failed).orElseThrow().reason()).isEqualTo("cell 2 failed");
            assertThat(server.ledger().find(failed).orElseThrow().outputUri()).isNotNull();
        }
    }

    @Test
    void runs_of_a_worker_that_stopped_heartbeating_are_retried_or_failed_with_a_reason() throws Exception {
        ServerSettings settings = TestServers.settings(dir).queueFolder(null).maxAttempts(3).build();
        String retried = "11111111-1111-1111-1111-111111111111";
        String exhausted = "22222222-2222-2222-2222-222222222222";
        // What a worker killed with kill -9 leaves: RUNNING runs, picked executions with an old heartbeat.
        try (LedgerDatabase db = LedgerDatabase.open(settings.ledgerUrl(), null, null, 2)) {
            deadRun(db, retried, 1);
            deadRun(db, exhausted, 3);
        }
        RecordingExecutor executor = new RecordingExecutor(2);
        try (HuntbookServer server = TestServers.start(settings, executor, Clock.systemUTC())) {
            TestServers.await("both runs to end", 20, () -> state(server, retried).isFinal()
                    && state(server, exhausted).isFinal());
            RunRecord again = server.ledger().find(retried).orElseThrow();
            assertThat(again.state()).isEqualTo(RunState.SUCCEEDED);
            assertThat(again.attempts()).isEqualTo(2);
            assertThat(again.reason()).contains("attempt 1 on worker dead-worker was lost").contains("retried");
            RunRecord failed = server.ledger().find(exhausted).orElseThrow();
            assertThat(failed.state()).isEqualTo(RunState.FAILED);
            assertThat(failed.reason()).contains("attempt 3 on worker dead-worker was lost").contains("no attempts left");
            assertThat(executor.executions).doesNotContainKey(exhausted);
        }
    }

    @Test
    void queued_runs_cancel_at_once_and_running_runs_stop_and_template_limits_hold() {
        RecordingExecutor executor = new RecordingExecutor(3);
        executor.gate = new CountDownLatch(1);
        ServerSettings settings = TestServers.settings(dir).queueFolder(null).templateLimit("triage", 1).build();
        try (HuntbookServer server = TestServers.start(settings, executor, Clock.systemUTC())) {
            String a = server.runs().submit(Job.of("triage", Map.of()), "http", null).run().id();
            String b = server.runs().submit(Job.of("triage", Map.of()), "http", null).run().id();
            // Both are due at once and three threads pick them together: either may win the template's one slot.
            TestServers.await("one run to start", 10,
                    () -> state(server, a) == RunState.RUNNING || state(server, b) == RunState.RUNNING);
            String first = state(server, a) == RunState.RUNNING ? a : b;
            String second = first.equals(a) ? b : a;
            // The loser is looked at again every second; give it a few chances to (wrongly) start.
            sleepQuietly(1500);
            // Three threads, but the template allows one run at a time.
            assertThat(state(server, second)).isEqualTo(RunState.QUEUED);
            assertThat(executor.running.get()).isEqualTo(1);

            assertThat(server.runs().cancel(second)).isEqualTo(RunService.CancelOutcome.CANCELLED);
            assertThat(server.runs().cancel(first)).isEqualTo(RunService.CancelOutcome.CANCEL_REQUESTED);
            TestServers.await("the running run to stop", 10, () -> state(server, first) == RunState.CANCELLED);
            assertThat(server.ledger().find(first).orElseThrow().reason()).contains("cancelled while running");
            assertThat(server.ledger().find(second).orElseThrow().reason()).contains("before it started");
            assertThat(executor.executions).doesNotContainKey(second);
            assertThat(server.runs().cancel(first)).isEqualTo(RunService.CancelOutcome.ALREADY_FINAL);
        } finally {
            executor.gate.countDown();
        }
    }

    private static void deadRun(LedgerDatabase db, String id, int attempts) throws Exception {
        long old = Instant.now().minusSeconds(120).toEpochMilli();
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hb_runs (id, template, identifier, parameters,"
                    + " output_path, trigger_kind, state, attempts, max_attempts, created_at, started_at, worker,"
                    + " cancel_requested) VALUES (?, 'triage', 'x', '{}', ?, 'http', 'RUNNING', ?, 3, ?, ?,"
                    + " 'dead-worker', FALSE)")) {
                s.setString(1, id);
                s.setString(2, "out/" + id + ".ipynb");
                s.setInt(3, attempts);
                s.setLong(4, old);
                s.setLong(5, old);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO scheduled_tasks (task_name, task_instance,"
                    + " execution_time, picked, picked_by, last_heartbeat, version) VALUES ('huntbook-run', ?, ?, TRUE,"
                    + " 'dead-worker', ?, 1)")) {
                Timestamp at = new Timestamp(old);
                s.setString(1, id);
                s.setTimestamp(2, at);
                s.setTimestamp(3, at);
                s.executeUpdate();
            }
        }
    }

    static RunState state(HuntbookServer server, String id) {
        return server.ledger().find(id).map(RunRecord::state).orElseThrow();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
