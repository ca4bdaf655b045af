package io.huntbook.server.http;

import io.huntbook.server.ledger.Ledger;
import io.huntbook.server.ledger.RunState;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * {@code /metrics} in Prometheus's text format 0.0.4: runs by state and queue depth from the ledger (so every worker
 * reports the same totals), run durations by final state (a summary's sum and count), and this worker's pool use.
 */
public final class PrometheusMetrics {
    private final Ledger ledger;
    private final IntSupplier inFlight;
    private final int capacity;

    public PrometheusMetrics(Ledger ledger, IntSupplier inFlight, int capacity) {
        this.ledger = ledger;
        this.inFlight = inFlight;
        this.capacity = capacity;
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
        return out.toString();
    }

    private static String label(RunState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
