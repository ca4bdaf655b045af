package io.huntbook.core.config;

import java.util.Optional;

/**
 * One entry of {@code TIProviders}, {@code OtherProviders}, {@code DataProviders} or {@code ContextProviders}:
 * {@code name} is the entry's key, {@code provider} its {@code Provider:} value (the entry's key when there is none),
 * {@code primary} its {@code Primary:} flag, {@code args} its {@code Args:} mapping.
 */
public record ProviderSettings(String section, String name, String provider, boolean primary, ConfigMap args,
        ConfigMap settings, SecretContext secrets) {

    /** An argument as text ({@code DBFolder}, {@code WorkspaceID}, ...). */
    public Optional<String> arg(String key) {
        return args.string(key);
    }

    /** An argument that may be a secret reference ({@code AuthKey}, {@code ApiID}, {@code ClientSecret}, ...). */
    public Optional<Secret> secretArg(String key) {
        return args.secret(key, secrets);
    }

    @Override
    public String toString() {
        return "ProviderSettings[" + section + "." + name + " (" + provider + "), primary=" + primary
                + ", args " + args.keys() + "]";
    }
}
