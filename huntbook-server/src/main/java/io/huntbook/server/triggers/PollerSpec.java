package io.huntbook.server.triggers;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event poller: every {@code interval}, the catalog query {@code query} (given {@code start} and {@code end}) is
 * run from the watermark to now; each row not seen before becomes one run of {@code template}.
 *
 * @param eventKey the column that identifies an event ({@code SystemAlertId})
 * @param timeField the column with the event's time, which moves the watermark ({@code TimeGenerated})
 * @param lookback how far back the first poll looks
 * @param parameters parameter values; {@code "{Column}"} takes the event's value (its type kept when the whole value
 *     is one placeholder), other text is kept as is
 */
public record PollerSpec(String name, String query, @Nullable String environment, Duration interval,
                         Duration lookback, String eventKey, String timeField, String template,
                         Map<String, Object> parameters) {}
