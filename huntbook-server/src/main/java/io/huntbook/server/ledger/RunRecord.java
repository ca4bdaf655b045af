package io.huntbook.server.ledger;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One run as the ledger holds it.
 *
 * @param id the run id (a UUID)
 * @param template the template name, relative to the template roots
 * @param identifier what the run is about (an IP, a host, an alert id), used in output names
 * @param parametersJson the supplied parameters as a JSON object
 * @param outputPath the output notebook's path relative to the output root, expanded when the run was queued
 * @param idempotencyKey a repeated submission with this key returns this run instead of queuing another
 * @param trigger what queued it: {@code http}, {@code file}, {@code schedule}, {@code poller}
 * @param triggerDetail which file, schedule or poller (and event)
 * @param reason why the run is in its state (failures, retries, cancellation, recovery)
 * @param warnings what validation warned about, one per line
 * @param outputUri where the output notebook was written
 * @param detailsJson what the completion handler added (findings, reports, incidents), a JSON object
 */
public record RunRecord(String id, String template, String identifier, String parametersJson, String outputPath,
                        @Nullable String idempotencyKey, String trigger, @Nullable String triggerDetail, RunState state,
                        int attempts, int maxAttempts, @Nullable String reason, @Nullable String warnings,
                        Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                        @Nullable String worker, @Nullable Integer exitCode, @Nullable String outputUri,
                        @Nullable String detailsJson, boolean cancelRequested) {

    /** A new QUEUED run. */
    public static RunRecord queued(String id, String template, String identifier, String parametersJson,
                                   String outputPath, @Nullable String idempotencyKey, String trigger,
                                   @Nullable String triggerDetail, int maxAttempts, @Nullable String warnings,
                                   Instant now) {
        return new RunRecord(id, template, identifier, parametersJson, outputPath, idempotencyKey, trigger,
                triggerDetail, RunState.QUEUED, 0, maxAttempts, null, warnings, now, null, null, null, null, null,
                null, false);
    }
}
