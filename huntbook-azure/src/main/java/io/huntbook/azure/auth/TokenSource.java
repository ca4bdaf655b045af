package io.huntbook.azure.auth;

/**
 * Gives an OAuth access token for a scope ({@code https://api.loganalytics.io/.default}). Tokens are sent in the
 * {@code Authorization} header and nowhere else: never logged, never in a message.
 */
@FunctionalInterface
public interface TokenSource {
    /**
     * A valid token for {@code scope}.
     *
     * @throws AzureSignInException when none can be had
     */
    String token(String scope);

    /** A token obtained elsewhere ({@code az account get-access-token}), used as it is for every scope. */
    static TokenSource fixed(String token) {
        return scope -> token;
    }
}
