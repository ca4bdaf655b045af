package io.huntbook.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request to run a template (DESIGN.md §6.E): the one job shape of the file drop, {@code POST /api/runs},
 * schedules, pollers and {@code huntbook submit}.
 *
 * @param template the template name under the template roots
 * @param parameters the parameter values (papermill's canonical shapes: text, BigInteger, Double, Boolean, lists, maps)
 * @param identifier what the run is about, used in the output name; null for the server's default
 * @param output an output-path template relative to the output root; null for the server's default naming
 * @param idempotencyKey a repeated job with the same key gives the first run instead of a new one
 */
public record Job(String template, Map<String, @Nullable Object> parameters, @Nullable String identifier,
                  @Nullable String output, @Nullable String idempotencyKey) {
    public Job {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static Job of(String template, Map<String, @Nullable Object> parameters) {
        return new Job(template, parameters, null, null, null);
    }

    public Job withIdempotencyKey(@Nullable String key) {
        return new Job(template, parameters, identifier, output, key);
    }

    public Job withIdentifier(@Nullable String id) {
        return new Job(template, parameters, id, output, idempotencyKey);
    }
}
