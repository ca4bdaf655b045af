package io.huntbook.server;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ConfigList;
import io.huntbook.core.config.ConfigMap;
import io.huntbook.core.config.ConfigNode;
import io.huntbook.core.config.ConfigScalar;
import io.huntbook.core.config.ConfigSecretRef;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.server.triggers.PollerSpec;
import io.huntbook.server.triggers.ScheduleSpec;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Huntbook.Server} section of {@code huntbook.yaml}, applied to a settings builder:
 *
 * <pre>
 * Huntbook:
 *   Server:
 *     Port: 8787
 *     Ledger: jdbc:postgresql://db/huntbook      # default: H2 under the data folder
 *     LedgerUser: huntbook
 *     LedgerPassword: {EnvironmentVar: HUNTBOOK_LEDGER_PASSWORD}
 *     TemplateRoots: [notebooks]
 *     Outputs: /srv/huntbook/runs
 *     Concurrency: 2                            # runs at once = agent JVMs in the warm pool
 *     MaxAttempts: 3
 *     TemplateLimits: {ip-triage: 1}
 *     Schedules:
 *       - {Name: daily-health, Cron: "0 6 * * *", TimeZone: Europe/Paris, Template: health,
 *          Parameters: {start: "-1d@d", end: "@d"}}
 *     Pollers:
 *       - {Name: alerts, Query: SecurityAlert.list_alerts, IntervalSeconds: 30, LookbackHours: 24,
 *          EventKey: SystemAlertId, TimeField: TimeGenerated, Template: alert-triage,
 *          Parameters: {alert_id: "{SystemAlertId}"}}
 * </pre>
 */
public final class ServerConfig {
    private ServerConfig() {}

    public static void apply(HuntbookConfig config, ServerSettings.Builder builder) {
        ConfigMap server = config.section("Huntbook").map("Server");
        Path base = config.baseDir();
        server.string("Host").ifPresent(builder::host);
        server.integer("Port").ifPresent(p -> builder.port(p.intValue()));
        if (server.has("Ledger")) {
            String password = server.secret("LedgerPassword", config.secretContext()).map(s -> s.reveal())
                    .orElse(null);
            builder.ledger(server.requireString("Ledger"), server.string("LedgerUser").orElse(null), password);
        }
        List<String> roots = server.strings("TemplateRoots");
        if (!roots.isEmpty()) {
            builder.templateRoots(roots.stream().map(r -> HuntbookConfig.resolvePath(r, base)).toList());
        }
        server.string("Outputs").ifPresent(o -> builder.outputRoot(HuntbookConfig.resolvePath(o, base)));
        server.string("QueueFolder").ifPresent(q -> builder.queueFolder(HuntbookConfig.resolvePath(q, base)));
        server.string("Naming").ifPresent(builder::naming);
        server.integer("Concurrency").ifPresent(c -> builder.concurrency(c.intValue()));
        server.integer("MaxAttempts").ifPresent(a -> builder.maxAttempts(a.intValue()));
        server.integer("RunTimeoutSeconds").ifPresent(s -> builder.runTimeout(Duration.ofSeconds(s)));
        server.integer("MaxRequestBytes").ifPresent(builder::maxRequestBytes);
        builder.strict(server.bool("Strict", false));
        ConfigMap limits = server.map("TemplateLimits");
        for (String template : limits.keys()) {
            builder.templateLimit(template, limits.integer(template).orElseThrow().intValue());
        }
        for (ConfigMap s : maps(server, "Schedules")) {
            String zone = s.string("TimeZone").orElse("UTC");
            ZoneId zoneId;
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new BadInputException(s.path() + ".TimeZone: unknown time zone '" + zone + "': use a name such"
                        + " as Europe/Paris or UTC");
            }
            Job job = new Job(s.requireString("Template"), plainMap(s.map("Parameters")),
                    s.string("Identifier").orElse(null), s.string("Output").orElse(null), null);
            builder.schedule(new ScheduleSpec(s.requireString("Name"), s.requireString("Cron"), zoneId, job));
        }
        for (ConfigMap p : maps(server, "Pollers")) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            plainMap(p.map("Parameters")).forEach((k, v) -> parameters.put(k, v == null ? "" : v));
            builder.poller(new PollerSpec(p.requireString("Name"), p.requireString("Query"),
                    p.string("Environment").orElse(null), Duration.ofSeconds(p.integer("IntervalSeconds").orElse(60L)),
                    Duration.ofHours(p.integer("LookbackHours").orElse(24L)), p.requireString("EventKey"),
                    p.string("TimeField").orElse("TimeGenerated"), p.requireString("Template"), parameters));
        }
    }

    private static List<ConfigMap> maps(ConfigMap parent, String key) {
        List<ConfigMap> result = new ArrayList<>();
        ConfigNode node = parent.get(key).orElse(null);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return result;
        }
        if (!(node instanceof ConfigList list)) {
            throw new BadInputException(parent.path() + "." + key + " must be a list of mappings ('- Name: ...')");
        }
        for (ConfigNode item : list.items()) {
            if (!(item instanceof ConfigMap map)) {
                throw new BadInputException(parent.path() + "." + key + ": every entry must be a mapping");
            }
            result.add(map);
        }
        return result;
    }

    private static Map<String, @Nullable Object> plainMap(ConfigMap map) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        for (String key : map.keys()) {
            result.put(key, plain(map.get(key).orElseThrow()));
        }
        return result;
    }

    private static @Nullable Object plain(ConfigNode node) {
        return switch (node) {
            case ConfigScalar s -> s.value() instanceof Integer i ? java.math.BigInteger.valueOf(i)
                    : s.value() instanceof Long l ? java.math.BigInteger.valueOf(l) : s.value();
            case ConfigMap m -> plainMap(m);
            case ConfigList l -> l.items().stream().map(ServerConfig::plain).toList();
            case ConfigSecretRef r -> throw new BadInputException(r.path() + ": secrets are not parameters; read them"
                    + " with secret(\"name\") in the notebook");
        };
    }
}
