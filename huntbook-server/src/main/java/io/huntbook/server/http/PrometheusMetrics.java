package io.huntbook.server.http;

import io.huntbook.server.EngineUse;
import io.huntbook.server.ledger.Ledger;
import io.huntbook.server.ledger.RunState;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * {@code /metrics} in Prometheus's text format 0.0.4: runs by state and queue depth from the ledger (so every worker
 * reports the same totals), run durations by final state (a summary's sum and count), and this worker's pool use:
 * runs executing, and, with a warm pool, its engines by state (busy, idle, starting), its size and its churn.
 */
public final class PrometheusMetrics {
    private final Ledger ledger;
    private final IntSupplier inFlight;
    private final int capacity;
    private final Supplier<Optional<EngineUse>> engines;

    public PrometheusMetrics(Ledger ledger, IntSupplier inFlight, int capacity,
                             Supplier<Optional<EngineUse>> engines) {
        this.ledger = ledger;
        this.inFlight = inFlight;
        this.capacity = capacity;
        this.engines = engines;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        Map<RunState, Long> counts = ledger.countByState();
        out.append("# HELP huntbook_runs Runs in the ledger by state.\n# TYPE huntbook_runs gauge\n");
        counts.forEach((state, n) -> out.append("huntbook_runs{state=\"").append(label(state)).append("\"} ")
                .append(n).append('\n'));
        out.append("# HELP huntbook_queue_depth Runs queued and not yet started.\n# TYPE huntbook_queue_depth gauge\n");
        out.append("huntbook_queue_depth ").append(counts.getOrDefault(RunState.QUEUED, 0L)).append('\n');
        out.append("# HELP huntbook_run_duration_seconds Time from start to end of finished runs.\n")
                .append("# TYPE huntbook_run_duration_seconds summary\n");
        ledger.durations().forEach((state, countSum) -> {
            out.append("huntbook_run_duration_seconds_sum{state=\"").append(label(state)).append("\"} ")
                    .append(countSum[1]).append('\n');
            out.append("huntbook_run_duration_seconds_count{state=\"").append(label(state)).append("\"} ")
                    .append((long) countSum[0]).append('\n');
        });
        out.append("# HELP huntbook_pool_in_use Runs executing on this worker.\n# TYPE huntbook_pool_in_use gauge\n");
        out.append("huntbook_pool_in_use ").append(inFlight.getAsInt()).append('\n');
        out.append("# HELP huntbook_pool_capacity Runs this worker executes at once.\n")
                .append("# TYPE huntbook_pool_capacity gauge\n");
        out.append("huntbook_pool_capacity ").append(capacity).append('\n');
        engines.get().ifPresent(use -> engineLines(out, use));
        return out.toString();
    }

    private static void engineLines(StringBuilder out, EngineUse use) {
        out.append("# HELP huntbook_pool_engines Java engines (agent JVMs) of this worker's warm pool by state.\n")
                .append("# TYPE huntbook_pool_engines gauge\n");
        out.append("huntbook_pool_engines{state=\"busy\"} ").append(use.busy()).append('\n');
        out.append("huntbook_pool_engines{state=\"idle\"} ").append(use.idle()).append('\n');
        out.append("huntbook_pool_engines{state=\"starting\"} ").append(use.starting()).append('\n');
        out.append("# HELP huntbook_pool_size Agent JVMs this worker's warm pool keeps at most.\n")
                .append("# TYPE huntbook_pool_size gauge\n");
        out.append("huntbook_pool_size ").append(use.size()).append('\n');
        out.append("# HELP huntbook_pool_engines_started_total Java engines the warm pool started.\n")
                .append("# TYPE huntbook_pool_engines_started_total counter\n");
        out.append("huntbook_pool_engines_started_total ").append(use.started()).append('\n');
        out.append("# HELP huntbook_pool_evictions_total Idle engines closed to make room for another template"
                + " folder.\n# TYPE huntbook_pool_evictions_total counter\n");
        out.append("huntbook_pool_evictions_total ").append(use.evicted()).append('\n');
    }

    private static String label(RunState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
