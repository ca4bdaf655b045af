package io.huntbook.cli;

import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.server.incident.IncidentSink;
import io.huntbook.server.incident.IncidentSinkSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The incident sinks of {@code Huntbook.IncidentSinks} with every type this distribution has: the server's Local and
 * Webhook, and Sentinel from huntbook-azure. {@code huntbook serve} and {@code huntbook demo --configured-sinks}
 * take their sinks from here.
 */
final class ConfiguredSinks {
    private ConfiguredSinks() {}

    static List<IncidentSink> of(HuntbookConfig config, DataSource ledger, Clock clock) {
        return IncidentSinkSettings.fromConfig(config, ledger, clock,
                Map.of("Sentinel", SentinelIncidentSink.factory(clock)));
    }
}
