package io.huntbook.server.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The {@code incident_link} table: which incident each sink opened for a deduplication key, and when last seen. */
final class IncidentLinks {
    private final DataSource dataSource;

    /** One row: the incident a sink opened for a key. */
    record Link(String sink, String externalId, @Nullable String link, Instant lastSeen) {}

    IncidentLinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The most recently seen incident of {@code sink} for {@code dedupKey}, seen at or after {@code since}. */
    Optional<Link> recent(String sink, String dedupKey, Instant since) {
        String sql = "SELECT external_id, link, last_seen_at FROM incident_link WHERE sink = ? AND dedup_key = ?"
                + " AND last_seen_at >= ? ORDER BY last_seen_at DESC";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sink);
            s.setString(2, dedupKey);
            s.setObject(3, utc(since));
            s.setMaxRows(1);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Link(sink, rows.getString(1), rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IncidentSinkException("cannot read the incident links: " + e.getMessage(), e);
        }
    }

    void opened(String sink, String externalId, String dedupKey, @Nullable String link, Instant now) {
        String sql = "INSERT INTO incident_link (sink, external_id, dedup_key, link, opened_at, last_seen_at,"
                + " occurrences) VALUES (?, ?, ?, ?, ?, ?, 1)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sink);
            s.setString(2, externalId);
            s.setString(3, dedupKey);
            s.setString(4, link);
            s.setObject(5, utc(now));
            s.setObject(6, utc(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IncidentSinkException("cannot record the incident " + externalId + " of " + sink + ": "
                    + e.getMessage(), e);
        }
    }

    void seen(String sink, String externalId, Instant now) {
        update("UPDATE incident_link SET last_seen_at = ?, occurrences = occurrences + 1 WHERE sink = ?"
                + " AND external_id = ?", sink, externalId, now);
    }

    /** Forgets a link whose incident is no longer open, so the key opens a new one. */
    void closed(String sink, String externalId) {
        update("DELETE FROM incident_link WHERE sink = ? AND external_id = ?", sink, externalId, null);
    }

    private void update(String sql, String sink, String externalId, @Nullable Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (now != null) {
                s.setObject(i++, utc(now));
            }
            s.setString(i++, sink);
            s.setString(i, externalId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IncidentSinkException("cannot update the incident link " + externalId + " of " + sink + ": "
                    + e.getMessage(), e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
