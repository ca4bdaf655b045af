package io.huntbook.azure.incidents;

import io.huntbook.core.config.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Bearer tokens for Azure Resource Manager. The implementations here cache a token until five minutes before it
 * expires and never log it or put it in a message.
 */
@FunctionalInterface
public interface AccessTokens {
    /** The scope of Azure Resource Manager in the public cloud. */
    String MANAGEMENT_SCOPE = "https://management.azure.com/.default";
    /** Microsoft Entra ID in the public cloud. */
    URI PUBLIC_AUTHORITY = URI.create("https://login.microsoftonline.com");

    /** A valid token for the management endpoint's scope. */
    String token();

    /** A fixed token (tests, or a token obtained elsewhere). */
    static AccessTokens fixed(String token) {
        return () -> token;
    }

    /**
     * A service principal's client secret (OAuth 2.0 client credentials): {@code POST {authority}/{tenant}/oauth2/v2.0/token}.
     * The secret is a reference from the configuration, revealed for each new token.
     *
     * @param authority Entra ID's endpoint ({@link #PUBLIC_AUTHORITY}, a sovereign cloud's, or a test server)
     * @param scope the resource's scope, e.g. {@link #MANAGEMENT_SCOPE}
     */
    static AccessTokens clientSecret(URI authority, String tenantId, String clientId, Secret clientSecret,
                                     String scope) {
        URI tokenUri = URI.create(authority.toString().replaceAll("/+$", "") + "/"
                + URLEncoder.encode(tenantId, StandardCharsets.UTF_8) + "/oauth2/v2.0/token");
        HttpClient http = HttpClient.newHttpClient();
        return new CachedTokens("client secret of " + clientId, http, Clock.systemUTC(), () -> {
            String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret="
                    + enc(clientSecret.reveal()) + "&scope=" + enc(scope);
            return HttpRequest.newBuilder(tokenUri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        });
    }

    /**
     * The managed identity of the Azure VM, container or function this runs on (the instance metadata service).
     *
     * @param endpoint the metadata service, {@code http://169.254.169.254} on Azure (configurable for tests)
     * @param resource the resource, e.g. {@code https://management.azure.com/}
     */
    static AccessTokens managedIdentity(URI endpoint, String resource) {
        URI uri = URI.create(endpoint.toString().replaceAll("/+$", "")
                + "/metadata/identity/oauth2/token?api-version=2018-02-01&resource=" + enc(resource));
        return new CachedTokens("managed identity", HttpClient.newHttpClient(), Clock.systemUTC(),
                () -> HttpRequest.newBuilder(uri).header("Metadata", "true").GET().build());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
