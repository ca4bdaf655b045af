package io.huntbook.core.config;

/**
 * A value of the configuration with the place it came from: a mapping, a list, a scalar or a secret reference.
 */
public sealed interface ConfigNode permits ConfigMap, ConfigList, ConfigScalar, ConfigSecretRef {
    /** Where the value sits in the configuration. */
    ConfigPath path();

    /** The file (or other source) the value was read from, as written in messages. */
    String source();

    /** The 1-based line of the value in its source (0 when it was not read from text). */
    int line();

    /** {@code source:line}, for messages. */
    default String where() {
        return line() > 0 ? source() + ":" + line() : source();
    }

    /** The JSON form of this value with secrets masked: what {@code config show} prints. */
    default com.fasterxml.jackson.databind.JsonNode toMaskedJson() {
        return SecretMasking.masked(this);
    }

    /** What kind of value this is, for type errors: "a mapping", "a list", "text", "a number", ... */
    String describeKind();
}
