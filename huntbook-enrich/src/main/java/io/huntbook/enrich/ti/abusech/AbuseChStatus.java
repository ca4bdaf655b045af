package io.huntbook.enrich.ti.abusech;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.enrich.ti.TiProviderException;
import java.util.Set;

/**
 * abuse.ch answers HTTP 200 and says what happened in {@code query_status}: {@code ok}, a "nothing found" value, or
 * a refusal of the request ({@code invalid_url}, {@code illegal_hash}, ...), which is a failed lookup.
 */
final class AbuseChStatus {
    private AbuseChStatus() {}

    /** Whether the answer found something; throws for refusals. */
    static boolean found(JsonNode json, String provider, Set<String> nothingFound) {
        String status = json.path("query_status").asText("");
        if (status.equals("ok")) {
            return true;
        }
        if (nothingFound.contains(status)) {
            return false;
        }
        if (status.equals("unknown_auth_key")) {
            throw new TiProviderException(provider + " rejected the API key: check TIProviders." + provider
                    + ".Args.AuthKey", 401, null);
        }
        throw TiProviderException.notRetryable(provider + " refused the query: query_status \""
                + (status.length() > 60 ? status.substring(0, 60) : status) + "\"");
    }
}
