package io.huntbook.server.incident;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a finding to every configured sink. Per sink, a finding whose deduplication key (template and identifier)
 * was seen within the sink's window comments on that open incident instead of opening another; when the sink says
 * the incident is no longer open, a new one is opened. A failing sink is reported in its {@link SinkOutcome} and
 * logged without the event's description (it may hold data the log should not); the others still run.
 */
public final class IncidentDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentDispatcher.class);

    private final List<IncidentSink> sinks;
    private final IncidentLinks links;
    private final Clock clock;

    private IncidentDispatcher(List<IncidentSink> sinks, IncidentLinks links, Clock clock) {
        this.sinks = List.copyOf(sinks);
        this.links = links;
        this.clock = clock;
    }

    /**
     * A dispatcher over {@code sinks}, keeping its deduplication links in {@code ledger} (migrated with
     * {@link IncidentDatabase}).
     *
     * @throws IllegalArgumentException when two sinks have the same name
     */
    public static IncidentDispatcher of(List<IncidentSink> sinks, DataSource ledger, Clock clock) {
        Set<String> names = new TreeSet<>();
        for (IncidentSink sink : sinks) {
            if (!names.add(sink.name())) {
                throw new IllegalArgumentException("two incident sinks are named '" + sink.name()
                        + "'; give each its own name");
            }
        }
        return new IncidentDispatcher(sinks, new IncidentLinks(ledger), clock);
    }

    public List<IncidentSink> sinks() {
        return sinks;
    }

    /** Raises {@code event} in every sink, in order. */
    public List<SinkOutcome> raise(IncidentEvent event) {
        List<SinkOutcome> outcomes = new ArrayList<>();
        for (IncidentSink sink : sinks) {
            try {
                outcomes.add(raise(sink, event));
            } catch (RuntimeException e) {
                LOG.warn("incident sink {} failed for run {}: {}", sink.name(), event.runId(), e.getMessage());
                outcomes.add(new SinkOutcome(sink.name(), SinkOutcome.Action.FAILED, null, null,
                        String.valueOf(e.getMessage())));
            }
        }
        return outcomes;
    }

    private SinkOutcome raise(IncidentSink sink, IncidentEvent event) {
        var now = clock.instant();
        Optional<IncidentLinks.Link> open = links.recent(sink.name(), event.dedupKey(), now.minus(sink.dedupWindow()));
        if (open.isPresent()) {
            IncidentLinks.Link link = open.get();
            if (sink.comment(link.externalId(), event)) {
                links.seen(sink.name(), link.externalId(), now);
                return new SinkOutcome(sink.name(), SinkOutcome.Action.COMMENTED, link.externalId(), link.link(), "");
            }
            links.closed(sink.name(), link.externalId());
        }
        IncidentSink.Raised raised = sink.open(event);
        links.opened(sink.name(), raised.id(), event.dedupKey(), raised.link(), now);
        return new SinkOutcome(sink.name(), SinkOutcome.Action.OPENED, raised.id(), raised.link(), "");
    }
}
