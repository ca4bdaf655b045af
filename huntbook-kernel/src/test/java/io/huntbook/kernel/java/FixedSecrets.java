package io.huntbook.kernel.java;

import io.huntbook.runtime.SecretSource;
import java.util.Optional;

/** A secret source for the agent in tests: {@code test.key} and a multi-line {@code test.pem}. */
public final class FixedSecrets implements SecretSource {
    static final String KEY = "S3cr3t-Value-42";
    static final String PEM = "-----BEGIN KEY-----\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldY\n-----END KEY-----";

    @Override
    public Optional<String> secret(String name) {
        return switch (name) {
            case "test.key" -> Optional.of(KEY);
            case "test.pem" -> Optional.of(PEM);
            default -> Optional.empty();
        };
    }
}
