package io.huntbook.server.incident;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where findings become incidents: the local store, Microsoft Sentinel, a webhook. A sink opens incidents and
 * comments on them; which one to do is decided by {@link IncidentDispatcher} from the sink's deduplication window.
 * Implementations throw {@link IncidentSinkException} when the incident system refuses or cannot be reached; one
 * sink failing never stops the others.
 */
public interface IncidentSink {
    /** A name unique within the configuration ({@code local}, {@code sentinel}, {@code webhook}...). */
    String name();

    /** Findings with the same deduplication key within this window comment on the open incident. */
    Duration dedupWindow();

    /** Opens an incident for {@code event}. */
    Raised open(IncidentEvent event);

    /**
     * Adds {@code event} to the incident {@code id} as a comment.
     *
     * @return false when that incident is no longer open (closed, deleted), so a new one should be opened
     */
    boolean comment(String id, IncidentEvent event);

    /** An incident a sink opened: its id in that system and a link people can follow, if there is one. */
    record Raised(String id, @Nullable String link) {}
}
