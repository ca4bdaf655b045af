package io.huntbook.enrich.ti.greynoise;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Community: {@code GET /v3/community/{ip}} (the key in {@code key} is optional), 404 when GreyNoise never saw the
 * address. Enterprise: {@code GET /v2/noise/context/{ip}} with the key required, {@code "seen": false} when never
 * seen. Severity from {@code classification}: {@code malicious} high, {@code suspicious} or {@code unknown} (noise
 * of unknown intent) a warning, {@code benign} information; a RIOT address (a known business service) is information.
 */
final class GreyNoiseProvider extends HttpTiProvider {
    private static final Set<String> TYPES = Set.of("ipv4");
    private final boolean enterprise;

    GreyNoiseProvider(VendorConfig config, boolean enterprise) {
        super(config, TYPES);
        this.enterprise = enterprise;
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        String ip = VendorHttp.segment(query.ioc());
        VendorHttp.Request request = http.get(enterprise ? "/v2/noise/context/" + ip : "/v3/community/" + ip)
                .answers(404);
        if (enterprise) {
            request.secretHeader("key", config.requireKey());
        } else {
            config.optionalKey().ifPresent(k -> request.secretHeader("key", k));
        }
        VendorResponse response = request.send();
        JsonNode json = response.json();
        String reference = reference(query);
        boolean riot = json.path("riot").asBoolean(false);
        boolean seen = enterprise ? json.path("seen").asBoolean(false) : json.path("noise").asBoolean(false) || riot;
        if (response.status() == 404 || !seen) {
            return TiVerdict.notFound(json, reference);
        }
        String classification = json.path("classification").asText("unknown").toLowerCase(Locale.ROOT);
        Severity severity = riot ? Severity.INFORMATION : switch (classification) {
            case "malicious" -> Severity.HIGH;
            case "benign" -> Severity.INFORMATION;
            default -> Severity.WARNING;
        };
        ObjectNode details = enterprise
                ? VendorJson.pick(json, "classification", "actor", "first_seen", "last_seen", "tags", "cve", "bot", "vpn",
                        "spoofable")
                : VendorJson.pick(json, "classification", "noise", "riot", "name", "last_seen", "message");
        return new TiVerdict(true, severity, details, json, reference);
    }

    @Override
    public String reference(TiQuery q) {
        return "https://viz.greynoise.io/ip/" + q.ioc();
    }
}
