package io.huntbook.server.triggers;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.huntbook.core.BadInputException;
import io.huntbook.server.Job;
import io.huntbook.server.JsonLog;
import io.huntbook.server.RunService;
import io.huntbook.server.Submission;
import io.huntbook.server.ledger.PollerState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Polls an event source on an interval, as a db-scheduler recurring task (one worker polls at a time). Each poll
 * reads from the stored watermark (less a small overlap for late arrivals) to a day ahead, and submits one run per
 * event with the idempotency key {@code poller:NAME:EVENT_KEY}, so an event runs once whatever the overlap, restarts or
 * workers; the watermark then moves to the newest event time seen.
 */
public final class EventPoller {
    /** Events that arrive late but with an earlier time are still found within this margin. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    private final PollerSpec spec;
    private final EventSource source;
    private final RunService runs;
    private final PollerState state;
    private final Clock clock;
    private final JsonLog log;

    public EventPoller(PollerSpec spec, EventSource source, RunService runs, PollerState state, Clock clock,
                       JsonLog log) {
        this.spec = spec;
        this.source = source;
        this.runs = runs;
        this.state = state;
        this.clock = clock;
        this.log = log;
    }

    public RecurringTask<Void> task() {
        return Tasks.recurring("huntbook-poller:" + spec.name(), Schedules.fixedDelay(spec.interval()))
                .execute((instance, context) -> poll());
    }

    /** One poll; returns how many new runs it queued. */
    public int poll() {
        Instant now = clock.instant();
        Instant watermark = state.watermark(spec.name()).orElse(now.minus(spec.lookback()));
        DataFrame events = source.events(watermark.minus(OVERLAP), now.plus(Duration.ofDays(1)));
        int queued = 0;
        Instant newest = watermark;
        for (int row = 0; row < events.height(); row++) {
            Map<String, @Nullable Object> event = row(events, row);
            Object key = event.get(spec.eventKey());
            if (key == null) {
                log.warn("poller.skipped", null, "poller " + spec.name() + ": an event has no " + spec.eventKey(),
                        "poller", spec.name());
                continue;
            }
            Instant time = instant(event.get(spec.timeField()));
            if (time != null && time.isAfter(newest)) {
                newest = time;
            }
            String eventKey = key.toString();
            try {
                Submission submission = runs.submit(new Job(spec.template(), parameters(event), eventKey, null,
                        "poller:" + spec.name() + ":" + eventKey), "poller", spec.name() + ":" + eventKey);
                if (!submission.duplicate()) {
                    state.claimEvent(spec.name(), eventKey, submission.run().id(), now);
                    queued++;
                }
            } catch (BadInputException e) {
                log.error("poller.refused", null, "poller " + spec.name() + ", event " + eventKey + ": "
                        + e.getMessage(), "poller", spec.name());
            }
        }
        state.advance(spec.name(), newest, now);
        if (queued > 0) {
            log.info("poller.polled", null, "poller " + spec.name() + " queued " + queued + " run(s)", "poller",
                    spec.name(), "queued", queued);
        }
        return queued;
    }

    private Map<String, @Nullable Object> parameters(Map<String, @Nullable Object> event) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        spec.parameters().forEach((name, value) -> result.put(name, mapped(value, event)));
        return result;
    }

    /** {@code "{Field}"} alone keeps the field's value (as text for times); other text gets fields substituted. */
    private static @Nullable Object mapped(Object value, Map<String, @Nullable Object> event) {
        if (!(value instanceof String text)) {
            return value;
        }
        Matcher whole = FIELD.matcher(text);
        if (whole.matches()) {
            return plain(event.get(whole.group(1)));
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object field = event.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(field == null ? "" : String.valueOf(plain(field))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Values as parameters take them: integers as BigInteger, times as ISO text, the rest as text or as is. */
    private static @Nullable Object plain(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Integer i -> java.math.BigInteger.valueOf(i);
            case Long l -> java.math.BigInteger.valueOf(l);
            case Float f -> f.doubleValue();
            case Double d -> d;
            case Boolean b -> b;
            case String s -> s;
            default -> {
                Instant instant = instant(value);
                yield instant != null ? instant.toString() : value.toString();
            }
        };
    }

    static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            case java.sql.Timestamp t -> t.toInstant();
            case java.util.Date d -> d.toInstant();
            case String s -> {
                try {
                    yield Instant.parse(s);
                } catch (java.time.format.DateTimeParseException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }

    private static Map<String, @Nullable Object> row(DataFrame frame, int row) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (String column : frame.getColumnsIndex().toArray()) {
            values.put(column, frame.getColumn(column).get(row));
        }
        return values;
    }
}
