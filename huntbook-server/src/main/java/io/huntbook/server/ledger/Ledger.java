package io.huntbook.server.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The runs table. Every state change is one conditional UPDATE ({@code ... WHERE state = ?}), so two workers, or a
 * worker and a cancel request, can never both move a run: the loser sees zero rows changed.
 */
public final class Ledger {
    private static final String COLUMNS = "id, template, identifier, parameters, output_path, idempotency_key,"
            + " trigger_kind, trigger_detail, state, attempts, max_attempts, reason, warnings, created_at, started_at,"
            + " finished_at, worker, exit_code, output_uri, details, cancel_requested";

    private final Jdbc jdbc;

    public Ledger(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** What {@link #insert} did: queued {@code run}, or found the run that already holds its idempotency key. */
    public record Inserted(RunRecord run, boolean duplicate) {}

    /** Inserts a QUEUED run, or returns the run that already has its idempotency key. */
    public Inserted insert(RunRecord run) {
        if (run.idempotencyKey() != null) {
            Optional<RunRecord> existing = findByIdempotencyKey(run.idempotencyKey());
            if (existing.isPresent()) {
                return new Inserted(existing.get(), true);
            }
        }
        boolean inserted = jdbc.insertUnlessPresent("INSERT INTO hb_runs (" + COLUMNS + ") VALUES"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run.id(), run.template(), run.identifier(), run.parametersJson(), run.outputPath(),
                run.idempotencyKey(), run.trigger(), run.triggerDetail(), run.state().name(), run.attempts(),
                run.maxAttempts(), run.reason(), run.warnings(), run.createdAt().toEpochMilli(),
                millis(run.startedAt()), millis(run.finishedAt()), run.worker(), run.exitCode(), run.outputUri(),
                run.detailsJson(), run.cancelRequested());
        if (inserted) {
            return new Inserted(run, false);
        }
        // Another submission with the same key won the race between our look-up and our insert.
        String key = run.idempotencyKey();
        if (key != null) {
            Optional<RunRecord> existing = findByIdempotencyKey(key);
            if (existing.isPresent()) {
                return new Inserted(existing.get(), true);
            }
        }
        throw new IllegalStateException("run id " + run.id() + " is already in the ledger");
    }

    public Optional<RunRecord> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM hb_runs WHERE id = ?", Ledger::read, id).stream().findFirst();
    }

    public Optional<RunRecord> findByIdempotencyKey(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM hb_runs WHERE idempotency_key = ?", Ledger::read, key)
                .stream().findFirst();
    }

    /** Runs matching {@code filter}, newest first. */
    public List<RunRecord> list(RunFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM hb_runs WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.state() != null) {
            sql.append(" AND state = ?");
            args.add(filter.state().name());
        }
        if (filter.template() != null) {
            sql.append(" AND template = ?");
            args.add(filter.template());
        }
        if (filter.since() != null) {
            sql.append(" AND created_at >= ?");
            args.add(filter.since().toEpochMilli());
        }
        sql.append(" ORDER BY created_at DESC, id LIMIT ").append(filter.limit());
        return jdbc.query(sql.toString(), Ledger::read, args.toArray());
    }

    /**
     * Moves a run from {@code from} to RUNNING on {@code worker}, counting an attempt, unless the template already has
     * {@code templateLimit} runs RUNNING (0 for no limit). False when the run was not in {@code from} or the limit held.
     */
    public boolean claim(String id, RunState from, String worker, Instant now, @Nullable String reason,
                         int templateLimit) {
        String limit = templateLimit <= 0 ? "" : " AND (SELECT COUNT(*) FROM hb_runs r2 WHERE r2.state = 'RUNNING'"
                + " AND r2.id <> ? AND r2.template = (SELECT r3.template FROM hb_runs r3 WHERE r3.id = ?)) < ?";
        List<Object> args = new ArrayList<>(List.of(worker, now.toEpochMilli()));
        args.add(reason);
        args.add(id);
        args.add(from.name());
        if (templateLimit > 0) {
            args.add(id);
            args.add(id);
            args.add(templateLimit);
        }
        return jdbc.update("UPDATE hb_runs SET state = 'RUNNING', attempts = attempts + 1, worker = ?, started_at = ?,"
                + " reason = COALESCE(?, reason) WHERE id = ? AND state = ? AND cancel_requested = FALSE" + limit,
                args.toArray()) == 1;
    }

    /** Puts a RUNNING run back to QUEUED for another attempt, if {@code worker}'s attempt still owns it. */
    public boolean requeue(String id, String worker, int attempt, String reason) {
        return jdbc.update("UPDATE hb_runs SET state = 'QUEUED', worker = NULL, reason = ? WHERE id = ? AND state ="
                + " 'RUNNING' AND worker = ? AND attempts = ?", reason, id, worker, attempt) == 1;
    }

    /**
     * Ends a run that is {@code from} (QUEUED or RUNNING) in the final state {@code to}; a null reason keeps the last
     * one (a recovery or retry note).
     */
    public boolean finish(String id, RunState from, RunState to, @Nullable String reason, @Nullable Integer exitCode,
                          @Nullable String outputUri, @Nullable String detailsJson, Instant now) {
        return finishIf(id, from, null, -1, to, reason, exitCode, outputUri, detailsJson, now);
    }

    /**
     * As {@link #finish}, but only while attempt {@code attempt} on {@code worker} owns the run: an attempt that was
     * taken over (its worker missed heartbeats and another claimed the run) can never record a result.
     */
    public boolean finishOwned(String id, String worker, int attempt, RunState to, @Nullable String reason,
                               @Nullable Integer exitCode, @Nullable String outputUri, @Nullable String detailsJson,
                               Instant now) {
        return finishIf(id, RunState.RUNNING, worker, attempt, to, reason, exitCode, outputUri, detailsJson, now);
    }

    /** Whether attempt {@code attempt} on {@code worker} still owns the run. */
    public boolean owns(String id, String worker, int attempt) {
        return find(id).filter(r -> r.state() == RunState.RUNNING && worker.equals(r.worker())
                && r.attempts() == attempt).isPresent();
    }

    private boolean finishIf(String id, RunState from, @Nullable String worker, int attempt, RunState to,
                             @Nullable String reason, @Nullable Integer exitCode, @Nullable String outputUri,
                             @Nullable String detailsJson, Instant now) {
        if (!to.isFinal()) {
            throw new IllegalArgumentException(to + " is not a final state");
        }
        String owner = worker == null ? "" : " AND worker = ? AND attempts = ?";
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(to.name(), reason, exitCode, outputUri,
                detailsJson, now.toEpochMilli(), id, from.name()));
        if (worker != null) {
            args.add(worker);
            args.add(attempt);
        }
        return jdbc.update("UPDATE hb_runs SET state = ?, reason = COALESCE(?, reason), exit_code = ?, output_uri = ?,"
                + " details = ?, finished_at = ? WHERE id = ? AND state = ?" + owner, args.toArray()) == 1;
    }

    /** Marks a RUNNING run to be cancelled by its worker; false when it is not running. */
    public boolean requestCancel(String id) {
        return jdbc.update("UPDATE hb_runs SET cancel_requested = TRUE WHERE id = ? AND state = 'RUNNING'", id) == 1;
    }

    public boolean cancelRequested(String id) {
        return find(id).map(RunRecord::cancelRequested).orElse(false);
    }

    /** How many runs are in each state. */
    public Map<RunState, Long> countByState() {
        Map<RunState, Long> counts = new EnumMap<>(RunState.class);
        for (RunState state : RunState.values()) {
            counts.put(state, 0L);
        }
        jdbc.query("SELECT state, COUNT(*) FROM hb_runs GROUP BY state", row -> {
            counts.put(RunState.valueOf(row.getString(1)), row.getLong(2));
            return null;
        });
        return counts;
    }

    /** Seconds from start to finish of finished runs, by final state: count and sum (for the metrics). */
    public Map<RunState, double[]> durations() {
        Map<RunState, double[]> result = new EnumMap<>(RunState.class);
        jdbc.query("SELECT state, COUNT(*), SUM(finished_at - started_at) FROM hb_runs WHERE finished_at IS NOT NULL"
                + " AND started_at IS NOT NULL GROUP BY state", row -> {
            result.put(RunState.valueOf(row.getString(1)), new double[] {row.getLong(2), row.getLong(3) / 1000.0});
            return null;
        });
        return result;
    }

    /**
     * Runs in {@code state} created before {@code before} that have no db-scheduler execution: a QUEUED one whose
     * execution was never stored (the process stopped between the two writes), or a RUNNING one whose execution
     * is gone (it can never finish by itself).
     */
    public List<String> withoutExecution(RunState state, String taskName, Instant before) {
        return jdbc.query("SELECT r.id FROM hb_runs r WHERE r.state = ? AND r.created_at < ? AND NOT EXISTS"
                        + " (SELECT 1 FROM scheduled_tasks t WHERE t.task_name = ? AND t.task_instance = r.id)",
                row -> row.getString(1), state.name(), before.toEpochMilli(), taskName);
    }

    private static @Nullable Long millis(@Nullable Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static RunRecord read(ResultSet row) throws SQLException {
        int exit = row.getInt("exit_code");
        Integer exitCode = row.wasNull() ? null : exit;
        return new RunRecord(row.getString("id"), row.getString("template"), row.getString("identifier"),
                row.getString("parameters"), row.getString("output_path"), row.getString("idempotency_key"),
                row.getString("trigger_kind"), row.getString("trigger_detail"), RunState.valueOf(row.getString("state")),
                row.getInt("attempts"), row.getInt("max_attempts"), row.getString("reason"), row.getString("warnings"),
                Instant.ofEpochMilli(row.getLong("created_at")), instant(row, "started_at"),
                instant(row, "finished_at"), row.getString("worker"), exitCode, row.getString("output_uri"),
                row.getString("details"), row.getBoolean("cancel_requested"));
    }
}
