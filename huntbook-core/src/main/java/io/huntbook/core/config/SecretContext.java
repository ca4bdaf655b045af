package io.huntbook.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a resolver may use: the configuration (for the {@code KeyVault} and {@code Azure} sections), the environment
 * variables, and the folder that relative {@code File} paths start from (the configuration file's folder).
 */
public record SecretContext(HuntbookConfig config, Map<String, String> environment, Path baseDir) {
    public SecretContext {
        environment = Map.copyOf(environment);
    }

    /** The {@code KeyVault.VaultName} setting, the default vault of {@code KeyVault} references. */
    public Optional<String> defaultVault() {
        return config.keyVault().flatMap(KeyVaultSettings::vaultName);
    }
}
