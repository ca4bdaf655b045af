package io.huntbook.server.ledger;

import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Event pollers' memory: each poller's watermark, and the events that already produced a run. */
public final class PollerState {
    private final Jdbc jdbc;

    public PollerState(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<Instant> watermark(String poller) {
        return jdbc.query("SELECT watermark FROM hb_poller_state WHERE poller = ?",
                row -> Instant.ofEpochMilli(row.getLong(1)), poller).stream().findFirst();
    }

    /** Moves the watermark forward (never back: two workers polling at once keep the newer one). */
    public void advance(String poller, Instant watermark, Instant now) {
        if (!jdbc.insertUnlessPresent("INSERT INTO hb_poller_state (poller, watermark, updated_at) VALUES (?, ?, ?)",
                poller, watermark.toEpochMilli(), now.toEpochMilli())) {
            jdbc.update("UPDATE hb_poller_state SET watermark = ?, updated_at = ? WHERE poller = ? AND watermark < ?",
                    watermark.toEpochMilli(), now.toEpochMilli(), poller, watermark.toEpochMilli());
        }
    }

    /** Records that {@code eventKey} produced {@code runId}; false when the event was already recorded. */
    public boolean claimEvent(String poller, String eventKey, String runId, Instant now) {
        return jdbc.insertUnlessPresent("INSERT INTO hb_poller_events (poller, event_key, run_id, seen_at)"
                + " VALUES (?, ?, ?, ?)", poller, eventKey, runId, now.toEpochMilli());
    }

    /** Forgets an event whose run could not be queued, so that the next poll tries it again. */
    public void releaseEvent(String poller, String eventKey) {
        jdbc.update("DELETE FROM hb_poller_events WHERE poller = ? AND event_key = ?", poller, eventKey);
    }
}
