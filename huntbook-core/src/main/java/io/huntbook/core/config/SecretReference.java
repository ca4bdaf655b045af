package io.huntbook.core.config;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A secret written as a reference instead of a value: {@code {EnvironmentVar: NAME}}, {@code {File: path}} or
 * {@code {KeyVault: vault/secret}}. The argument of {@code KeyVault} may be empty (MSTICPy's meaning: the default vault
 * of the {@code KeyVault} section and a secret name derived from the key path), a secret name, or
 * {@code vault/secret}.
 */
public record SecretReference(Kind kind, @Nullable String argument, ConfigPath path, String where) {
    /** The kinds of reference, with the key that writes each. */
    public enum Kind {
        ENVIRONMENT_VAR("EnvironmentVar"),
        FILE("File"),
        KEY_VAULT("KeyVault");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The YAML key: {@code EnvironmentVar}, {@code File}, {@code KeyVault}. */
        public String key() {
            return key;
        }

        static @Nullable Kind ofKey(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A Key Vault secret: the vault (absent when neither the reference nor the configuration names one) and name. */
    public record KeyVaultSecret(Optional<String> vault, String secretName) {}

    /**
     * The vault and secret a {@code KeyVault} reference names, with MSTICPy's defaults: the vault from
     * {@code defaultVault} (the {@code KeyVault.VaultName} setting) and the secret name built from the key path with
     * dashes ({@code TIProviders-OpenPageRank-Args-AuthKey}).
     */
    public KeyVaultSecret keyVaultSecret(Optional<String> defaultVault) {
        String arg = argument == null ? "" : argument.strip();
        if (arg.isEmpty()) {
            return new KeyVaultSecret(defaultVault, String.join("-", path.segments()));
        }
        int slash = arg.indexOf('/');
        if (slash < 0) {
            return new KeyVaultSecret(defaultVault, arg);
        }
        return new KeyVaultSecret(Optional.of(arg.substring(0, slash)), arg.substring(slash + 1));
    }

    /** The reference as written: {@code {EnvironmentVar: NAME}}. It names where the secret is, never its value. */
    @Override
    public String toString() {
        return "{" + kind.key + ": " + (argument == null ? "" : argument) + "}";
    }
}
