package io.huntbook.core.config;

import org.jspecify.annotations.Nullable;

/**
 * How the values of one file resolve their secret references: the {@link SecretContext} of the
 * {@link HuntbookConfig} that loaded them, set once it exists. Typed accessors such as {@link ConfigMap#string} use it
 * to resolve a reference at the moment the value is read.
 */
public final class SecretScope {
    private @Nullable SecretContext context;

    SecretScope() {}

    void bind(SecretContext newContext) {
        this.context = newContext;
    }

    String resolve(SecretReference reference) {
        if (context == null) {
            throw new SecretUnavailableException(reference, "this value was not loaded through HuntbookConfig",
                    "load the file with HuntbookConfig.load");
        }
        return Secret.of(reference, context).reveal();
    }

    @Override
    public String toString() {
        return "SecretScope";
    }
}
