package io.huntbook.core.config;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A secret from the configuration: a value written in the file or a {@link SecretReference}. A reference is resolved
 * only when {@link #reveal()} is called, each time, so a rotated secret is picked up; nothing here logs it, and
 * {@link #toString()} names where the secret is, never what it is.
 */
public final class Secret {
    private final ConfigPath path;
    private final @Nullable String literal;
    private final @Nullable SecretReference reference;
    private final @Nullable SecretContext context;

    private Secret(ConfigPath path, @Nullable String literal, @Nullable SecretReference reference,
            @Nullable SecretContext context) {
        this.path = path;
        this.literal = literal;
        this.reference = reference;
        this.context = context;
    }

    /** A secret written as a value in the file. */
    public static Secret literal(String value, ConfigPath path) {
        return new Secret(path, value, null, null);
    }

    /** A secret behind a reference, resolved in {@code context} when revealed. */
    public static Secret of(SecretReference reference, SecretContext context) {
        return new Secret(reference.path(), null, reference, context);
    }

    /** The value; resolving a reference now. Throws {@link SecretUnavailableException} when it cannot be read. */
    public String reveal() {
        if (literal != null) {
            return literal;
        }
        return SecretResolvers.resolve(reference, context);
    }

    /** Whether the secret is a reference (and not a value written in the file). */
    public boolean isReference() {
        return reference != null;
    }

    public Optional<SecretReference> reference() {
        return Optional.ofNullable(reference);
    }

    /** Where the secret sits in the configuration. */
    public ConfigPath path() {
        return path;
    }

    @Override
    public String toString() {
        return "Secret[" + path + (reference != null ? " from " + reference : ", written in the file") + "]";
    }
}
