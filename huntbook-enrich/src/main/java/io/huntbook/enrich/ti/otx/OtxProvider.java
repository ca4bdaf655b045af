package io.huntbook.enrich.ti.otx;

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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code GET /api/v1/indicators/{section}/{indicator}/general} with the key in {@code X-OTX-API-KEY}. Severity from
 * {@code pulse_info.count}: no pulse is unknown to OTX, one pulse a warning, two or more high.
 */
final class OtxProvider extends HttpTiProvider {

    OtxProvider(VendorConfig config) {
        super(config, ADDRESSES_NAMES_URLS_HASHES);
    }

    @Override
    public Set<String> subtypes(String iocType) {
        return switch (iocType) {
            case "ipv4", "ipv6" -> Set.of("reputation", "geo", "malware", "url_list", "passive_dns", "http_scans");
            case "dns" -> Set.of("geo", "malware", "url_list", "passive_dns", "whois", "http_scans");
            case "hostname" -> Set.of("geo", "malware", "url_list", "passive_dns", "http_scans");
            case "url" -> Set.of("url_list");
            default -> Set.of("analysis");
        };
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        String section = query.subtype() == null ? "general" : query.subtype();
        VendorResponse response = http.get("/api/v1/indicators/" + section(query.iocType()) + "/"
                + VendorHttp.segment(query.ioc()) + "/" + section).secretHeader("X-OTX-API-KEY", config.requireKey())
                .answers(404).send();
        JsonNode json = response.json();
        String reference = reference(query);
        if (query.subtype() != null) {
            return subtype(query.subtype(), response.status() == 404 ? VendorJson.object() : json, reference);
        }
        JsonNode pulses = json.path("pulse_info").path("pulses");
        int count = json.path("pulse_info").path("count").asInt(pulses.size());
        if (response.status() == 404 || count == 0) {
            return TiVerdict.notFound(json, reference);
        }
        ObjectNode details = VendorJson.object();
        details.put("pulse_count", count);
        ArrayNode names = details.putArray("names");
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode p : pulses) {
            if (names.size() < 10) {
                names.add(p.path("name").asText());
            }
            p.path("tags").forEach(t -> tags.add(t.asText()));
        }
        ArrayNode tagArray = details.putArray("tags");
        tags.stream().limit(20).forEach(tagArray::add);
        if (json.has("reputation") && !json.get("reputation").isNull()) {
            details.set("reputation", json.get("reputation"));
        }
        Severity severity = count >= 2 ? Severity.HIGH : Severity.WARNING;
        return new TiVerdict(true, severity, details, json, reference);
    }

    /**
     * A section other than {@code general}: lists ({@code passive_dns}, {@code malware}, {@code url_list},
     * {@code http_scans}) are known when not empty; the others when OTX answers anything. Context, so information,
     * except malware samples tied to the indicator: a warning.
     */
    private static TiVerdict subtype(String subtype, JsonNode json, String reference) {
        int count = switch (subtype) {
            case "passive_dns" -> json.path("passive_dns").size();
            case "malware", "http_scans" -> json.path("data").size();
            case "url_list" -> json.path("url_list").size();
            default -> -1;
        };
        Severity severity = subtype.equals("malware") ? Severity.WARNING : Severity.INFORMATION;
        return VendorJson.context(subtype, count, severity, json, reference);
    }

    private static String section(String iocType) {
        return switch (iocType) {
            case "ipv4" -> "IPv4";
            case "ipv6" -> "IPv6";
            case "dns" -> "domain";
            case "hostname" -> "hostname";
            case "url" -> "url";
            default -> "file";
        };
    }

    @Override
    public String reference(TiQuery q) {
        String kind = switch (q.iocType()) {
            case "ipv4", "ipv6" -> "ip";
            case "dns" -> "domain";
            case "hostname" -> "hostname";
            case "url" -> "url";
            default -> "file";
        };
        return "https://otx.alienvault.com/indicator/" + kind + "/" + q.ioc();
    }
}
