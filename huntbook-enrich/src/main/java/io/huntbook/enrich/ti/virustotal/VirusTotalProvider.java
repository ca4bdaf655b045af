package io.huntbook.enrich.ti.virustotal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import io.huntbook.enrich.ti.vendor.HttpTiProvider;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorHttp;
import io.huntbook.enrich.ti.vendor.VendorJson;
import io.huntbook.enrich.ti.vendor.VendorResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * {@code GET /ip_addresses/{ip}}, {@code /domains/{domain}}, {@code /urls/{id}} (the URL in unpadded URL-safe
 * base64) and {@code /files/{hash}}, with the key in {@code x-apikey}. Severity from
 * {@code data.attributes.last_analysis_stats}: 3 or more engines saying malicious is high, one or two (or any
 * saying suspicious) a warning, none information. A 404 ({@code NotFoundError}) is an unknown indicator.
 */
final class VirusTotalProvider extends HttpTiProvider {
    static final int HIGH_AT = 3;

    VirusTotalProvider(VendorConfig config) {
        super(config, ADDRESSES_NAMES_URLS_HASHES);
    }

    /** Relationships of the object (API v3 {@code /{collection}/{id}/{relationship}}), as query subtypes. */
    @Override
    public Set<String> subtypes(String iocType) {
        return switch (iocType) {
            case "ipv4", "ipv6" -> Set.of("resolutions", "communicating_files", "urls");
            case "dns", "hostname" -> Set.of("resolutions", "subdomains", "communicating_files");
            case "url" -> Set.of("downloaded_files", "contacted_domains");
            default -> Set.of("contacted_ips", "contacted_domains", "contacted_urls");
        };
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        VendorHttp.Request request = query.subtype() == null ? http.get(path(query))
                : http.get(path(query) + "/" + query.subtype()).query("limit", "10");
        VendorResponse response = request.secretHeader("x-apikey", config.requireKey()).answers(404).send();
        JsonNode json = response.json();
        String reference = reference(query);
        if (response.status() == 404) {
            return TiVerdict.notFound(json, reference);
        }
        if (query.subtype() != null) {
            // Related objects are context: known when there are any, information.
            int count = json.path("meta").path("count").asInt(json.path("data").size());
            return VendorJson.context(query.subtype(), json.path("data").isEmpty() ? 0 : count,
                    Severity.INFORMATION, json, reference);
        }
        JsonNode attributes = json.path("data").path("attributes");
        JsonNode stats = attributes.path("last_analysis_stats");
        int malicious = stats.path("malicious").asInt(0);
        int suspicious = stats.path("suspicious").asInt(0);
        Severity severity = malicious >= HIGH_AT ? Severity.HIGH
                : malicious > 0 || suspicious > 0 ? Severity.WARNING : Severity.INFORMATION;
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("malicious", malicious);
        details.put("suspicious", suspicious);
        details.put("harmless", stats.path("harmless").asInt(0));
        details.put("undetected", stats.path("undetected").asInt(0));
        if (attributes.has("reputation")) {
            details.set("reputation", attributes.get("reputation"));
        }
        if (attributes.has("meaningful_name")) {
            details.set("meaningful_name", attributes.get("meaningful_name"));
        }
        if (attributes.has("tags")) {
            details.set("tags", attributes.get("tags"));
        }
        return new TiVerdict(true, severity, details, json, reference);
    }

    private static String path(TiQuery q) {
        String v = VendorHttp.segment(q.ioc());
        return switch (q.iocType()) {
            case "ipv4", "ipv6" -> "/ip_addresses/" + v;
            case "dns", "hostname" -> "/domains/" + v;
            case "url" -> "/urls/" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(q.ioc().getBytes(StandardCharsets.UTF_8));
            default -> "/files/" + v;
        };
    }

    @Override
    public String reference(TiQuery q) {
        String gui = "https://www.virustotal.com/gui/";
        return switch (q.iocType()) {
            case "ipv4", "ipv6" -> gui + "ip-address/" + q.ioc();
            case "dns", "hostname" -> gui + "domain/" + q.ioc();
            case "url" -> gui + "url/" + sha256(q.ioc());
            default -> gui + "file/" + q.ioc();
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
