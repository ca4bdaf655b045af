package io.huntbook.azure.incidents;

/**
 * Bearer tokens for Azure Resource Manager. Implementations cache a token until shortly before it expires; the
 * token is never logged.
 */
@FunctionalInterface
public interface AccessTokens {
    /** A valid token for the management endpoint's scope. */
    String token();

    /** A fixed token (tests, or a token obtained elsewhere). */
    static AccessTokens fixed(String token) {
        return () -> token;
    }
}
