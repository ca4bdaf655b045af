package io.huntbook.server.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The default incident sink: incidents in the ledger's database ({@code incident}, {@code incident_comment}), listed
 * by {@code huntbook incidents list} and {@code GET /api/incidents}. The schema comes from {@link IncidentDatabase}.
 */
public final class LocalIncidentStore implements IncidentSink {
    /** The sink's name in the configuration and in run results. */
    public static final String NAME = "local";
    /** The default deduplication window. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, title, description, severity, status, template, identifier, run_id,"
            + " output_uri, report_uri, finding_uri, labels, occurrences, first_activity, created_at, updated_at";

    private final DataSource dataSource;
    private final Duration window;
    private final Clock clock;

    private LocalIncidentStore(DataSource dataSource, Duration window, Clock clock) {
        this.dataSource = dataSource;
        this.window = window;
        this.clock = clock;
    }

    /** A store over {@code dataSource}, whose schema is migrated ({@link IncidentDatabase#migrate}). */
    public static LocalIncidentStore of(DataSource dataSource, Duration window, Clock clock) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the deduplication window cannot be negative: " + window);
        }
        return new LocalIncidentStore(dataSource, window, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration dedupWindow() {
        return window;
    }

    @Override
    public Raised open(IncidentEvent event) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String sql = "INSERT INTO incident (id, dedup_key, template, identifier, title, description, severity, status,"
                + " run_id, output_uri, report_uri, finding_uri, labels, occurrences, first_activity, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'New', ?, ?, ?, ?, ?, 1, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            s.setString(2, event.dedupKey());
            s.setString(3, event.template());
            s.setString(4, event.identifier());
            s.setString(5, event.title());
            s.setString(6, event.description());
            s.setString(7, event.severity());
            s.setString(8, event.runId());
            s.setString(9, event.output().toString());
            s.setString(10, Objects.toString(event.report(), null));
            s.setString(11, Objects.toString(event.findingCopy(), null));
            s.setString(12, JSON.writeValueAsString(event.labels()));
            s.setObject(13, IncidentLinks.utc(event.firstActivity()));
            s.setObject(14, IncidentLinks.utc(now));
            s.setObject(15, IncidentLinks.utc(now));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IncidentSinkException("cannot store the incident for run " + event.runId() + ": "
                    + e.getMessage(), e);
        }
        return new Raised(id, null);
    }

    @Override
    public boolean comment(String id, IncidentEvent event) {
        Optional<Incident> incident = get(id);
        if (incident.isEmpty() || !incident.get().isOpen()) {
            return false;
        }
        Instant now = clock.instant();
        String message = event.title() + (event.report() != null ? " (report: " + event.report() + ")" : "");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO incident_comment (incident_id, run_id, message,"
                    + " created_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement u = c.prepareStatement("UPDATE incident SET occurrences = occurrences + 1,"
                         + " updated_at = ? WHERE id = ?")) {
                s.setString(1, id);
                s.setString(2, event.runId());
                s.setString(3, message);
                s.setObject(4, IncidentLinks.utc(now));
                s.executeUpdate();
                u.setObject(1, IncidentLinks.utc(now));
                u.setString(2, id);
                u.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IncidentSinkException("cannot comment on the incident " + id + ": " + e.getMessage(), e);
        }
        return true;
    }

    /** Sets an incident's status ({@code New}, {@code Active}, {@code Closed}); false when there is no such id. */
    public boolean setStatus(String id, String status) {
        if (!Incident.STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown incident status '" + status + "'; use one of "
                    + Incident.STATUSES);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE incident SET status = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, status);
            s.setObject(2, IncidentLinks.utc(clock.instant()));
            s.setString(3, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IncidentSinkException("cannot update the incident " + id + ": " + e.getMessage(), e);
        }
    }

    /** One incident with its comments. */
    public Optional<Incident> get(String id) {
        List<Incident> found = query("SELECT " + COLUMNS + " FROM incident WHERE id = ?", List.of(id), 1);
        return found.stream().findFirst();
    }

    /**
     * Incidents, newest first.
     *
     * @param status only this status ({@code New}, {@code Active}, {@code Closed}), {@code open} for all but closed,
     *     or null for every one
     * @param limit at most this many
     */
    public List<Incident> list(@Nullable String status, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        }
        String where = "";
        List<String> args = new ArrayList<>();
        if (status != null && status.equalsIgnoreCase("open")) {
            where = " WHERE status <> 'Closed'";
        } else if (status != null) {
            String known = Incident.STATUSES.stream().filter(s -> s.equalsIgnoreCase(status)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown incident status '" + status
                            + "'; use open or one of " + Incident.STATUSES));
            where = " WHERE status = ?";
            args.add(known);
        }
        return query("SELECT " + COLUMNS + " FROM incident" + where + " ORDER BY created_at DESC, id", args, limit);
    }

    private List<Incident> query(String sql, List<String> args, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setString(i + 1, args.get(i));
            }
            s.setMaxRows(limit);
            List<Incident> incidents = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    incidents.add(read(rows, comments(c, rows.getString("id"))));
                }
            }
            return incidents;
        } catch (SQLException | JsonProcessingException e) {
            throw new IncidentSinkException("cannot read the incident store: " + e.getMessage(), e);
        }
    }

    private static Incident read(ResultSet row, List<Incident.Comment> comments)
            throws SQLException, JsonProcessingException {
        return new Incident(row.getString("id"), row.getString("title"), row.getString("description"),
                row.getString("severity"), row.getString("status"), row.getString("template"),
                row.getString("identifier"), row.getString("run_id"), row.getString("output_uri"),
                row.getString("report_uri"), row.getString("finding_uri"),
                Arrays.asList(JSON.readValue(row.getString("labels"), String[].class)), row.getInt("occurrences"),
                instant(row, "first_activity"), instant(row, "created_at"), instant(row, "updated_at"), comments);
    }

    private static List<Incident.Comment> comments(Connection c, String id) throws SQLException {
        List<Incident.Comment> comments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, message, created_at FROM incident_comment"
                + " WHERE incident_id = ? ORDER BY id")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    comments.add(new Incident.Comment(rows.getString(1), rows.getString(2),
                            instant(rows, "created_at")));
                }
            }
        }
        return comments;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
