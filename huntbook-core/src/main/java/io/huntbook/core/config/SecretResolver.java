package io.huntbook.core.config;

/**
 * Resolves one kind of {@link SecretReference}, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.huntbook.core.config.SecretResolver}). Core resolves {@code EnvironmentVar} and
 * {@code File} itself; the {@code KeyVault} resolver lives in huntbook-azure. A resolver never logs or puts the value
 * in an exception message.
 */
public interface SecretResolver {
    /** The kind of reference this resolver reads. */
    SecretReference.Kind kind();

    /**
     * The secret's value. Throws {@link SecretUnavailableException} saying why it cannot be read (not set, no such
     * file, access denied), without the value.
     */
    String resolve(SecretReference reference, SecretContext context);
}
