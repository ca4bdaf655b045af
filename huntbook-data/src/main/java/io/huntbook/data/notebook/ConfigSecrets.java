package io.huntbook.data.notebook;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ConfigSecretRef;
import io.huntbook.core.config.ConfigScalar;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.runtime.SecretSource;
import io.huntbook.runtime.SecretUnavailableException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code secret(name)} in notebooks: {@code name} is a key path of the configuration
 * ({@code TIProviders.OTX.Args.AuthKey}), or a bare name under {@code Huntbook.Secrets} ({@code secret("pg")}), whose
 * value is a secret reference or a value, resolved when a cell asks and
 * every time it asks (a rotated secret is picked up). The configuration is the file the engine was given
 * ({@code -Dhuntbook.config}, set by the host from {@code --config} and the usual search), else the usual search from
 * the notebook's working folder; it is read on the first call only, so notebooks that never ask pay nothing.
 */
public final class ConfigSecrets implements SecretSource {
    /** The system property through which the engine names the configuration file. */
    public static final String CONFIG_PROPERTY = "huntbook.config";
    /** Where secrets for notebooks only live, so {@code secret("pg")} finds {@code Huntbook.Secrets.pg}. */
    public static final String SECTION = "Huntbook.Secrets";

    private static volatile @Nullable HuntbookConfig config;

    /** For {@link java.util.ServiceLoader}. */
    public ConfigSecrets() {}

    @Override
    public Optional<String> secret(String name) {
        HuntbookConfig current = configuration();
        String path = keyPath(current, name);
        if (path == null) {
            return Optional.empty();
        }
        if (!(current.find(path).orElseThrow() instanceof ConfigSecretRef || current.find(path).orElseThrow()
                instanceof ConfigScalar)) {
            throw new SecretUnavailableException("secret('" + name + "'): " + path + " is a section, not a value;"
                    + " name the key that holds the secret");
        }
        try {
            return Optional.of(current.secret(path).reveal());
        } catch (BadInputException e) {
            // Core's messages name the reference and why it failed, never a value.
            throw new SecretUnavailableException("secret('" + name + "'): " + e.getMessage());
        }
    }

    /** A bare name is first looked up in the notebooks' own {@code Huntbook.Secrets}; a dotted one is a key path. */
    private static @Nullable String keyPath(HuntbookConfig config, String name) {
        if (name.isBlank()) {
            return null;
        }
        if (!name.contains(".") && config.find(SECTION + "." + name).isPresent()) {
            return SECTION + "." + name;
        }
        return config.find(name).isPresent() ? name : null;
    }

    private static HuntbookConfig configuration() {
        try {
            return notebookConfiguration();
        } catch (BadInputException e) {
            throw new SecretUnavailableException("secret(): cannot read the configuration: " + e.getMessage());
        }
    }

    /**
     * The configuration notebooks in this JVM read (for {@code secret} and the {@code hb} session): the file named by
     * {@value #CONFIG_PROPERTY}, else the usual search, read once on first use.
     *
     * @throws BadInputException when the file cannot be read
     */
    public static HuntbookConfig notebookConfiguration() {
        HuntbookConfig current = config;
        if (current == null) {
            synchronized (ConfigSecrets.class) {
                current = config;
                if (current == null) {
                    String named = System.getProperty(CONFIG_PROPERTY);
                    current = HuntbookConfig.discover(named == null || named.isBlank() ? null : Path.of(named));
                    config = current;
                }
            }
        }
        return current;
    }
}
