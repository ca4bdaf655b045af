package io.huntbook.core.config;

/** A value written as a secret reference: {@code {EnvironmentVar: NAME}}, {@code {File: path}}, {@code {KeyVault: ...}}. */
public record ConfigSecretRef(SecretReference reference, String source, int line) implements ConfigNode {
    @Override
    public ConfigPath path() {
        return reference.path();
    }

    @Override
    public String describeKind() {
        return "a secret reference";
    }
}
