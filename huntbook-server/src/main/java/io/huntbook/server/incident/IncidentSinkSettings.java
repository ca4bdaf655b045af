package io.huntbook.server.incident;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ConfigMap;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The incident sinks a configuration asks for, under {@code Huntbook.IncidentSinks}: one entry per sink, keyed by its
 * name, with a {@code Type} ({@code Local}, {@code Webhook}, or a type a vendor module adds such as
 * {@code Sentinel}) and an optional {@code DedupWindow} ({@code 30m}, {@code 12h}, {@code 1d}, or ISO-8601
 * {@code PT12H}; default a day). Without the section, the local store is the one sink.
 *
 * <pre>{@code
 * Huntbook:
 *   IncidentSinks:
 *     local:    {Type: Local}
 *     soc-hook: {Type: Webhook, Url: "https://hooks.example/huntbook", Secret: {EnvironmentVar: HOOK_KEY}, DedupWindow: 12h}
 *     sentinel: {Type: Sentinel, Workspace: Default}
 * }</pre>
 */
public final class IncidentSinkSettings {
    /** The section's path under the configuration's {@code Huntbook} section. */
    public static final String SECTION = "IncidentSinks";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d|w)");

    /** Makes a sink of a type this module does not know (a vendor module's). */
    @FunctionalInterface
    public interface Factory {
        IncidentSink create(String name, ConfigMap settings, Duration window, HuntbookConfig config);
    }

    private IncidentSinkSettings() {}

    /**
     * The configured sinks, in file order.
     *
     * @param ledger the ledger's database (migrated), for the local store
     * @param factories more sink types by {@code Type} name
     * @throws BadInputException for an unknown type or a setting that cannot be used, naming the sink and the key
     */
    public static List<IncidentSink> fromConfig(HuntbookConfig config, DataSource ledger, Clock clock,
                                                Map<String, Factory> factories) {
        ConfigMap section = config.section("Huntbook").map(SECTION);
        List<IncidentSink> sinks = new ArrayList<>();
        if (section.isEmpty()) {
            sinks.add(LocalIncidentStore.of(ledger, LocalIncidentStore.DEFAULT_WINDOW, clock));
            return sinks;
        }
        for (String name : section.keys()) {
            ConfigMap sink = section.map(name);
            String type = sink.string("Type").orElseThrow(() -> new BadInputException("Huntbook.IncidentSinks." + name
                    + ": add Type: Local, Webhook" + (factories.isEmpty() ? "" : " or one of " + factories.keySet())));
            Duration window = sink.string("DedupWindow").map(w -> duration(w, "Huntbook.IncidentSinks." + name
                    + ".DedupWindow")).orElse(LocalIncidentStore.DEFAULT_WINDOW);
            switch (type.toLowerCase(Locale.ROOT)) {
                case "local" -> {
                    if (!name.equals(LocalIncidentStore.NAME)) {
                        throw new BadInputException("Huntbook.IncidentSinks." + name + ": the Local sink must be named "
                                + LocalIncidentStore.NAME);
                    }
                    sinks.add(LocalIncidentStore.of(ledger, window, clock));
                }
                case "webhook" -> sinks.add(webhook(name, sink, window, config, clock));
                default -> {
                    Factory factory = factories.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(type))
                            .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new BadInputException(
                                    "Huntbook.IncidentSinks." + name + ": unknown Type " + type + "; known: "
                                            + known(factories)));
                    sinks.add(factory.create(name, sink, window, config));
                }
            }
        }
        return sinks;
    }

    private static String known(Map<String, Factory> factories) {
        TreeSet<String> names = new TreeSet<>(List.of("Local", "Webhook"));
        names.addAll(factories.keySet());
        return String.join(", ", names);
    }

    private static IncidentSink webhook(String name, ConfigMap sink, Duration window, HuntbookConfig config,
                                        Clock clock) {
        String where = "Huntbook.IncidentSinks." + name;
        URI url;
        try {
            url = URI.create(sink.string("Url").orElseThrow(() -> new BadInputException(where
                    + ": add Url: https://...")).strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ".Url: not a URL: " + e.getMessage());
        }
        Secret key = sink.secret("Secret", config.secretContext()).orElseThrow(() -> new BadInputException(where
                + ": add Secret: {EnvironmentVar: NAME} (the HMAC-SHA256 signing key)"));
        if (!key.isReference()) {
            throw new BadInputException(where + ".Secret: write a secret reference such as {EnvironmentVar: NAME},"
                    + " not the key itself");
        }
        try {
            return WebhookSink.of(name, url, key, window, clock);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage());
        }
    }

    /** {@code 30m}, {@code 12h}, {@code 1d}, {@code 2w}, {@code 90s}, or ISO-8601 ({@code PT12H}). */
    public static Duration duration(String text, String where) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            Duration d = Duration.parse(text.strip());
            if (!d.isNegative()) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // Fall through to the one message below.
        }
        throw new BadInputException(where + ": '" + text + "' is not a duration; write 30m, 12h, 1d or PT12H");
    }
}
