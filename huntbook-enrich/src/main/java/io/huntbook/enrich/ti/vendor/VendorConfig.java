package io.huntbook.enrich.ti.vendor;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ProviderSettings;
import io.huntbook.core.config.Secret;
import io.huntbook.core.config.SecretUnavailableException;
import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.TiProviderException;
import io.huntbook.enrich.ti.Tlp;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A vendor provider's settings from its {@code TIProviders} entry. {@code Args} keys: {@code AuthKey} (a secret
 * reference, or a value), {@code BaseUrl} (the vendor's API root; tests and proxies change it), {@code RateLimits}
 * (a list such as {@code [4/minute, 500/day]}, replacing the free-tier defaults for a paid plan),
 * {@code TimeoutSeconds} and {@code MaxTlp}.
 */
public record VendorConfig(String name, URI baseUrl, Optional<Secret> authKey, List<RateLimit> rateLimits,
        Duration timeout, Tlp maxTlp, ProviderSettings settings) {

    /** Reads the entry, with the vendor's defaults for what it does not set. */
    public static VendorConfig from(ProviderSettings settings, String defaultBaseUrl, List<RateLimit> defaultLimits,
            Tlp defaultTlp) {
        String where = "TIProviders." + settings.name() + ".Args";
        String base = settings.arg("BaseUrl").orElse(defaultBaseUrl);
        URI uri;
        try {
            uri = URI.create(base.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ".BaseUrl: '" + base + "' is not a URL: write it as https://host/path");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new BadInputException(where + ".BaseUrl: '" + base + "' is not an http(s) URL: write it as https://host/path");
        }
        List<String> limitTexts = settings.args().has("RateLimits") ? settings.args().strings("RateLimits") : List.of();
        List<RateLimit> limits = limitTexts.isEmpty() ? defaultLimits
                : limitTexts.stream().map(t -> parseLimit(t, where + ".RateLimits")).toList();
        long timeoutSeconds = settings.args().integer("TimeoutSeconds").orElse(30L);
        if (timeoutSeconds < 1) {
            throw new BadInputException(where + ".TimeoutSeconds: must be at least 1");
        }
        Tlp tlp = settings.arg("MaxTlp").map(Tlp::parse).orElse(defaultTlp);
        return new VendorConfig(settings.name(), uri, settings.secretArg("AuthKey"), List.copyOf(limits),
                Duration.ofSeconds(timeoutSeconds), tlp, settings);
    }

    /** A limit written {@code N/unit}: second, minute, hour, day, week or month (30 days). */
    public static RateLimit parseLimit(String text, String where) {
        String[] parts = text.strip().split("\\s*/\\s*");
        if (parts.length == 2) {
            try {
                long n = Long.parseLong(parts[0]);
                Duration period = switch (parts[1].toLowerCase(Locale.ROOT)) {
                    case "s", "sec", "second" -> Duration.ofSeconds(1);
                    case "m", "min", "minute" -> Duration.ofMinutes(1);
                    case "h", "hour" -> Duration.ofHours(1);
                    case "d", "day" -> Duration.ofDays(1);
                    case "w", "week" -> Duration.ofDays(7);
                    case "mon", "month" -> Duration.ofDays(30);
                    default -> null;
                };
                if (period != null && n >= 1) {
                    return new RateLimit(n, period);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new BadInputException(where + ": cannot read rate limit '" + text
                + "': write N/unit with unit second, minute, hour, day, week or month, e.g. 4/minute");
    }

    /** Another argument as text. */
    public Optional<String> arg(String key) {
        return settings.arg(key);
    }

    /**
     * The API key, revealed now. A missing or unresolvable key is a lookup that cannot be made (reported in the row,
     * not retried); the message names where the key should be, never a value.
     */
    public String requireKey() {
        return revealed(authKey, "AuthKey");
    }

    /** The key when one is configured (providers that also work without one). */
    public Optional<String> optionalKey() {
        return authKey.isEmpty() ? Optional.empty() : Optional.of(requireKey());
    }

    /** A secret argument other than {@code AuthKey} (X-Force's {@code ApiID}), revealed now. */
    public String requireSecret(String key) {
        return revealed(settings.secretArg(key), key);
    }

    private String revealed(Optional<Secret> secret, String key) {
        String where = "TIProviders." + name + ".Args." + key;
        if (secret.isEmpty()) {
            throw TiProviderException.notRetryable(where + " is not set: add " + key
                    + ": {EnvironmentVar: NAME} (or {File: path}, {KeyVault: vault/secret}) to the configuration");
        }
        try {
            String value = secret.get().reveal().strip();
            if (value.isEmpty()) {
                throw TiProviderException.notRetryable(where + " is empty: set the secret it refers to");
            }
            return value;
        } catch (SecretUnavailableException e) {
            // The message of a secret failure names the reference and the reason, never a value.
            throw TiProviderException.notRetryable(e.getMessage());
        }
    }

    /** Limits as shown to people: {@code 4/minute, 500/day}. */
    public static String describe(List<RateLimit> limits) {
        if (limits.isEmpty()) {
            return "no limit";
        }
        List<String> parts = new ArrayList<>();
        for (RateLimit l : limits) {
            Duration p = l.period();
            String unit = p.equals(Duration.ofSeconds(1)) ? "second" : p.equals(Duration.ofMinutes(1)) ? "minute"
                    : p.equals(Duration.ofHours(1)) ? "hour" : p.equals(Duration.ofDays(1)) ? "day"
                    : p.equals(Duration.ofDays(7)) ? "week" : p.equals(Duration.ofDays(30)) ? "month" : p.toString();
            parts.add(l.requests() + "/" + unit);
        }
        return String.join(", ", parts);
    }
}
