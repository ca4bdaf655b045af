package io.huntbook.core.config;

import java.util.List;

/** The {@code Azure} section: the cloud ({@code global}, {@code usgov}, {@code cn}, {@code de}) and the auth methods. */
public record AzureSettings(String cloud, List<String> authMethods) {
    /** MSTICPy's defaults: the global cloud, Azure CLI then managed identity then interactive sign-in. */
    public static final List<String> DEFAULT_AUTH_METHODS = List.of("cli", "msi", "interactive");

    static AzureSettings of(ConfigMap map) {
        List<String> methods = map.strings("auth_methods");
        return new AzureSettings(map.string("cloud").orElse("global"), methods.isEmpty() ? DEFAULT_AUTH_METHODS : methods);
    }
}
