package io.huntbook.data.http;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ConfigMap;
import io.huntbook.core.config.ConfigPath;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.ProviderSettings;
import io.huntbook.core.config.Secret;
import io.huntbook.core.config.SecretContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A query provider's settings: the {@code Args} of its {@code DataProviders} entry (the entry named after the
 * environment, or whose {@code Provider:} names it, MSTICPy's layout) and the caller's own arguments
 * ({@code --provider-arg KEY=VALUE}), which win. Keys match in any case ({@code host}, {@code Host}). Secrets are read
 * from the file only (a secret on a command line ends up in shell history and process lists).
 */
public final class ProviderArgs {
    private final String environment;
    private final ConfigMap args;
    private final Map<String, String> overrides;
    private final SecretContext secrets;

    private ProviderArgs(String environment, ConfigMap args, Map<String, String> overrides, SecretContext secrets) {
        this.environment = environment;
        this.args = args;
        this.secrets = secrets;
        this.overrides = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        this.overrides.putAll(overrides);
    }

    /** The settings of the first {@code DataProviders} entry named by one of {@code entryNames}, plus {@code overrides}. */
    public static ProviderArgs of(HuntbookConfig config, String environment, List<String> entryNames,
            Map<String, String> overrides) {
        ConfigMap args = ConfigMap.empty(ConfigPath.parse("DataProviders." + environment + ".Args"), "(not configured)");
        outer:
        for (String wanted : entryNames) {
            for (ProviderSettings p : config.dataProviders()) {
                if (p.name().equalsIgnoreCase(wanted) || p.provider().equalsIgnoreCase(wanted)) {
                    args = p.args();
                    break outer;
                }
            }
        }
        return new ProviderArgs(environment, args, overrides, config.secretContext());
    }

    /**
     * Settings kept in their own section rather than under {@code DataProviders} (an incident sink's, say), with no
     * command-line arguments; {@code name} names them in messages.
     */
    public static ProviderArgs of(String name, ConfigMap settings, SecretContext secrets) {
        return new ProviderArgs(name, settings, Map.of(), secrets);
    }

    public ConfigMap args() {
        return args;
    }

    /** A text setting: the caller's argument, else the file's (any case of the key). */
    public Optional<String> text(String key) {
        String given = overrides.get(key);
        if (given != null) {
            return Optional.of(given);
        }
        return fileKey(key).flatMap(args::string);
    }

    /** A text setting that must be there. */
    public String require(String key, String example) {
        return text(key).orElseThrow(() -> new BadInputException(environment + " needs " + key + ": add it under "
                + args.path() + " in the configuration (e.g. " + key + ": " + example + ") or pass --provider-arg "
                + key + "=" + example));
    }

    /** A whole number setting. */
    public Optional<Integer> integer(String key) {
        return text(key).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new BadInputException(environment + " setting " + key + " is '" + v + "', not a whole number");
            }
        });
    }

    /** A secret setting (a value or a reference such as {@code {EnvironmentVar: NAME}}), from the file only. */
    public Optional<Secret> secret(String key) {
        return fileKey(key).flatMap(k -> args.secret(k, secrets));
    }

    /**
     * {@code Basic} authorization from {@code username} and a {@code password} secret, when both are configured
     * (the header's value, to be sent and never shown).
     */
    public Optional<String> basicAuthorization() {
        Optional<String> user = text("username");
        Optional<Secret> password = secret("password");
        if (user.isEmpty() || password.isEmpty()) {
            return Optional.empty();
        }
        String pair = user.get() + ":" + password.get().reveal();
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** A base address setting, without a trailing slash, checked to be http(s). */
    public Optional<URI> endpoint(String key) {
        return text(key).map(v -> {
            String s = v.strip();
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            URI uri;
            try {
                uri = URI.create(s);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(environment + " " + key + " '" + v + "' is not an address: " + e.getMessage());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new BadInputException(environment + " " + key + " '" + v + "' is not an http(s) address: "
                        + "write it as https://host[:port]");
            }
            return uri;
        });
    }

    /** The HTTP settings ({@code Proxy}, {@code TimeoutSeconds}, {@code MaxRetries}...). */
    public HttpSettings http() {
        HttpSettings s = HttpSettings.of(args);
        return integer("MaxRetries").map(s::withMaxRetries).orElse(s);
    }

    private Optional<String> fileKey(String key) {
        return args.keys().stream().filter(k -> k.equalsIgnoreCase(key)).findFirst();
    }
}
