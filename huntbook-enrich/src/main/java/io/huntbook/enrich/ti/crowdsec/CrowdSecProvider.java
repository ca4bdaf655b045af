package io.huntbook.enrich.ti.crowdsec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import io.huntbook.enrich.ti.vendor.HttpTiProvider;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorHttp;
import io.huntbook.enrich.ti.vendor.VendorJson;
import io.huntbook.enrich.ti.vendor.VendorResponse;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /smoke/{ip}} with the key in {@code x-api-key}; 404 is an address the crowd never reported. Severity
 * from {@code reputation}: {@code malicious} is high, {@code suspicious} a warning, {@code known}, {@code benign},
 * {@code safe} and {@code unknown} information.
 */
final class CrowdSecProvider extends HttpTiProvider {
    private static final Set<String> TYPES = Set.of("ipv4", "ipv6");

    CrowdSecProvider(VendorConfig config) {
        super(config, TYPES);
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        VendorResponse response = http.get("/smoke/" + VendorHttp.segment(query.ioc()))
                .secretHeader("x-api-key", config.requireKey()).answers(404).send();
        JsonNode json = response.json();
        String reference = reference(query);
        if (response.status() == 404) {
            return TiVerdict.notFound(json, reference);
        }
        String reputation = json.path("reputation").asText("unknown").toLowerCase(Locale.ROOT);
        Severity severity = switch (reputation) {
            case "malicious" -> Severity.HIGH;
            case "suspicious" -> Severity.WARNING;
            default -> Severity.INFORMATION;
        };
        ObjectNode details = VendorJson.pick(json, "reputation", "confidence", "background_noise_score", "as_name");
        JsonNode total = json.path("scores").path("overall").path("total");
        if (!total.isMissingNode()) {
            details.set("score_overall", total);
        }
        ArrayNode behaviors = details.putArray("behaviors");
        json.path("behaviors").forEach(b -> behaviors.add(b.path("name").asText()));
        ArrayNode classifications = details.putArray("classifications");
        json.path("classifications").path("classifications").forEach(c -> classifications.add(c.path("name").asText()));
        return new TiVerdict(true, severity, details, json, reference);
    }

    @Override
    public String reference(TiQuery q) {
        return "https://app.crowdsec.net/cti/" + q.ioc();
    }
}
