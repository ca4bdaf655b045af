package io.huntbook.runtime;

import java.util.Optional;

/**
 * Resolves a named secret reference from the configuration (an environment variable, a file, a vault), filled in by
 * the host's configuration module through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.huntbook.runtime.SecretSource}). The runtime itself knows no configuration format.
 */
public interface SecretSource {
    /** The secret's value, or empty when this source does not define {@code name}. */
    Optional<String> secret(String name);
}
