package io.huntbook.enrich.ti.misp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import io.huntbook.enrich.ti.vendor.HttpTiProvider;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorJson;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code POST /attributes/restSearch} with JSON {@code {"returnFormat": "json", "value": ..., "limit": 100}}, the key
 * in {@code Authorization}. No attribute is an unknown indicator. Severity: an attribute flagged for detection
 * ({@code to_ids} true) is high; attributes kept only as context are a warning.
 */
final class MispProvider extends HttpTiProvider {
    private static final Set<String> TYPES = Set.of("ipv4", "ipv6", "dns", "hostname", "url", "email", "md5_hash",
            "sha1_hash", "sha256_hash", "sha512_hash");

    MispProvider(VendorConfig config) {
        super(config, TYPES);
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        ObjectNode body = VendorJson.object().put("returnFormat", "json").put("value", query.ioc()).put("limit", 100);
        JsonNode json = http.post("/attributes/restSearch").secretHeader("Authorization", config.requireKey())
                .json(body).send().json();
        JsonNode attributes = json.path("response").path("Attribute");
        if (attributes.isEmpty()) {
            return TiVerdict.notFound(json, null);
        }
        boolean toIds = false;
        Set<String> types = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        ObjectNode details = VendorJson.object();
        details.put("attributes", attributes.size());
        ArrayNode events = details.putArray("events");
        Set<String> eventIds = new LinkedHashSet<>();
        for (JsonNode a : attributes) {
            toIds |= a.path("to_ids").asBoolean(false);
            types.add(a.path("type").asText());
            categories.add(a.path("category").asText());
            String eventId = a.path("event_id").asText();
            if (eventIds.add(eventId) && events.size() < 10) {
                events.addObject().put("id", eventId).put("info", a.path("Event").path("info").asText(""));
            }
        }
        details.put("to_ids", toIds);
        types.forEach(details.putArray("types")::add);
        categories.forEach(details.putArray("categories")::add);
        String reference = config.baseUrl().toString().replaceAll("/+$", "") + "/events/view/"
                + attributes.path(0).path("event_id").asText();
        return new TiVerdict(true, toIds ? Severity.HIGH : Severity.WARNING, details, json, reference);
    }
}
