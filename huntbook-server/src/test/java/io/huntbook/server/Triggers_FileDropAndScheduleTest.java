package io.huntbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.server.ledger.RunFilter;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.ledger.RunState;
import io.huntbook.server.triggers.ScheduleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.huntbook.testing.MutableClock;

class Triggers_FileDropAndScheduleTest {
    @TempDir
    Path dir;

    @Test
    void dropped_job_files_are_queued_and_moved_to_done_and_malformed_ones_to_failed_with_the_reason()
            throws Exception {
        Path queue = dir.resolve("queue");
        RecordingExecutor executor = new RecordingExecutor(2);
        try (HuntbookServer server = TestServers.start(TestServers.settings(dir).queueFolder(queue).build(), executor,
                Clock.systemUTC())) {
            drop(queue, "good.yaml", "template: triage\nparameters:\n  ip: 198.51.100.4\n  days: 2\nidentifier: host-7\n");
            drop(queue, "blueteamcon.json", "{\"exec\": {\"notebook\": \"triage\", \"identifier\": \"b1\"},"
                    + " \"papermill\": {\"ip\": \"198.51.100.5\"}}");
            drop(queue, "broken.yaml", "template: [triage\n");
            drop(queue, "unknown.json", "{\"template\": \"no-such-template\"}");
            drop(queue, "notes.txt", "not a job");

            TestServers.await("two runs to succeed", 20, () -> server.ledger().list(RunFilter.all()).stream()
                    .filter(r -> r.state() == RunState.SUCCEEDED).count() == 2);
            TestServers.await("the bad files to be failed", 10, () -> names(queue.resolve("failed")).size() == 4);

            List<RunRecord> runs = server.ledger().list(RunFilter.all());
            assertThat(runs).extracting(RunRecord::trigger).containsOnly("file");
            assertThat(runs).extracting(RunRecord::identifier).containsExactlyInAnyOrder("host-7", "b1");
            List<String> done = names(queue.resolve("done"));
            assertThat(done).hasSize(2);
            for (RunRecord run : runs) {
                assertThat(done).anyMatch(name -> name.startsWith(run.id() + "__"));
            }
            List<String> failed = names(queue.resolve("failed"));
            assertThat(failed).anyMatch(n -> n.endsWith("__broken.yaml"))
                    .anyMatch(n -> n.endsWith("__unknown.json"));
            String brokenError = Files.readString(only(queue.resolve("failed"), "__broken.yaml.error"));
            assertThat(brokenError).contains("broken.yaml is not valid YAML");
            String unknownError = Files.readString(only(queue.resolve("failed"), "__unknown.json.error"));
            assertThat(unknownError).contains("no template 'no-such-template'");
            assertThat(queue.resolve("notes.txt")).exists();
        }
    }

    @Test
    void a_cron_schedule_fires_in_its_time_zone_with_relative_times_resolved_at_the_firing() {
        // 05:59:50 in Paris (UTC+1 in November); the schedule fires at 06:00 Paris time, 05:00Z.
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T04:59:50Z"));
        Job job = new Job("triage", Map.of("ip", "-1d@d", "days", java.math.BigInteger.ONE), null, null, null);
        ServerSettings settings = TestServers.settings(dir).queueFolder(null)
                .schedule(new ScheduleSpec("daily", "0 6 * * *", ZoneId.of("Europe/Paris"), job)).build();
        RecordingExecutor executor = new RecordingExecutor(1);
        try (HuntbookServer server = TestServers.start(settings, executor, clock)) {
            // The scheduler stores the next firing when it starts and fires once the (test) clock reaches it, so the
            // stored time shows, without waiting, that nothing fires before 06:00 Paris time.
            TestServers.await("the schedule's next firing to be stored", 15,
                    () -> nextFiring(server, "huntbook-schedule:daily").isPresent());
            assertThat(nextFiring(server, "huntbook-schedule:daily")).contains(Instant.parse("2026-11-27T05:00:00Z"));
            assertThat(server.ledger().list(RunFilter.all())).isEmpty();

            clock.set(Instant.parse("2026-11-27T05:00:01Z"));
            TestServers.await("the schedule to fire", 15, () -> server.ledger().list(RunFilter.all()).stream()
                    .anyMatch(r -> r.state() == RunState.SUCCEEDED));
            RunRecord run = server.ledger().list(RunFilter.all()).get(0);
            assertThat(run.trigger()).isEqualTo("schedule");
            assertThat(run.idempotencyKey()).isEqualTo("schedule:daily:2026-11-27T05:00:00Z");
            assertThat(run.parametersJson()).contains("\"ip\":\"2026-11-26T00:00:00Z\"");
            assertThat(run.identifier()).isEqualTo("daily");

            clock.set(Instant.parse("2026-11-28T05:00:02Z"));
            TestServers.await("the next day's firing", 15, () -> server.ledger().list(RunFilter.all()).size() == 2);
            assertThat(server.ledger().list(RunFilter.all()).get(0).idempotencyKey())
                    .isEqualTo("schedule:daily:2026-11-28T05:00:00Z");
        }
    }

    private static void drop(Path queue, String name, String text) throws Exception {
        Files.createDirectories(queue);
        Path temp = Files.createTempFile(queue.getParent(), "job", ".tmp");
        Files.writeString(temp, text);
        Files.setLastModifiedTime(temp, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(5)));
        Files.move(temp, queue.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path only(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    private static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** When db-scheduler will next run the recurring task {@code task}, if it has stored it yet. */
    private static Optional<Instant> nextFiring(HuntbookServer server, String task) {
        try (Connection c = server.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT execution_time FROM scheduled_tasks WHERE task_name = ?")) {
            select.setString(1, task);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
