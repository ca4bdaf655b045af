package io.huntbook.enrich.ti.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.enrich.ti.TiProviderException;
import java.io.IOException;

/** A vendor's answer: its status and body. */
public record VendorResponse(int status, String body, String provider) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The body as JSON. A body that is not JSON (a proxy's HTML page, a truncated answer) cannot be read as a verdict,
     * so it is a failed lookup, never a clean one.
     */
    public JsonNode json() {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw TiProviderException.notRetryable(provider + " answered HTTP " + status + " with an empty body");
            }
            return node;
        } catch (IOException e) {
            throw TiProviderException.notRetryable(provider + " answered HTTP " + status
                    + " with a body that is not JSON");
        }
    }
}
