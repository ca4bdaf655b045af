package io.huntbook.runner.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One job (DESIGN.md §6.E): run {@code template} (a name under the template roots) or {@code notebook} (a path) with
 * {@code parameters}; {@code identifier} names the run's subject (an IP, an alert id) in output names;
 * {@code output} is an output-path template; {@code idempotencyKey} lets a queue drop a job submitted twice.
 *
 * @param source where the job came from (a file name), for messages
 * @param parameters values as papermill would inject them (YAML 1.1 as papermill reads it)
 */
public record Job(String source, @Nullable String template, @Nullable String notebook,
                  Map<String, @Nullable Object> parameters, @Nullable String identifier, @Nullable String output,
                  @Nullable String idempotencyKey) {
    public Job {
        Objects.requireNonNull(source, "source");
        if ((template == null) == (notebook == null)) {
            throw new IllegalArgumentException(source + ": a job names either a template or a notebook");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The template or notebook, as the job names it. */
    public String target() {
        return template != null ? template : Objects.requireNonNull(notebook);
    }
}
