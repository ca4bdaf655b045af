package io.huntbook.enrich.ti.abusech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import io.huntbook.enrich.ti.vendor.HttpTiProvider;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /} with JSON {@code {"query": "search_ioc", "search_term": ...}} (hashes: {@code search_hash}), the key
 * in {@code Auth-Key}; {@code query_status: no_result} is an unknown indicator. ThreatFox lists addresses as
 * {@code ip:port}, and a search is by substring, so only entries equal to the indicator (or to it with a port) count.
 * Every ThreatFox entry is an IoC of malware: severity high when its {@code confidence_level} is 75 or more, else a
 * warning.
 */
final class ThreatFoxProvider extends HttpTiProvider {
    private static final Set<String> TYPES = Set.of("ipv4", "dns", "hostname", "url", "md5_hash", "sha256_hash");

    ThreatFoxProvider(VendorConfig config) {
        super(config, TYPES);
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        boolean hash = query.iocType().endsWith("_hash");
        ObjectNode body = VendorJson.object();
        if (hash) {
            body.put("query", "search_hash").put("hash", query.ioc());
        } else {
            body.put("query", "search_ioc").put("search_term", query.ioc());
        }
        JsonNode json = http.post("/").secretHeader("Auth-Key", config.requireKey()).json(body).send().json();
        if (!AbuseChStatus.found(json, config.name(), Set.of("no_result", "no_results"))) {
            return TiVerdict.notFound(json, null);
        }
        List<JsonNode> matches = new ArrayList<>();
        for (JsonNode entry : json.path("data")) {
            if (hash || matches(entry.path("ioc").asText(""), query.ioc())) {
                matches.add(entry);
            }
        }
        if (matches.isEmpty()) {
            return TiVerdict.notFound(json, null);
        }
        int confidence = 0;
        Set<String> malware = new LinkedHashSet<>();
        Set<String> threats = new LinkedHashSet<>();
        for (JsonNode m : matches) {
            confidence = Math.max(confidence, m.path("confidence_level").asInt(0));
            malware.add(m.path("malware_printable").asText());
            threats.add(m.path("threat_type").asText());
        }
        ObjectNode details = VendorJson.object();
        details.put("matches", matches.size());
        details.put("confidence_level", confidence);
        ArrayNode malwareArray = details.putArray("malware");
        malware.forEach(malwareArray::add);
        ArrayNode threatArray = details.putArray("threat_type");
        threats.forEach(threatArray::add);
        details.set("first_seen", matches.get(0).path("first_seen"));
        Severity severity = confidence >= 75 ? Severity.HIGH : Severity.WARNING;
        String reference = "https://threatfox.abuse.ch/ioc/" + matches.get(0).path("id").asText() + "/";
        return new TiVerdict(true, severity, details, json, reference);
    }

    private static boolean matches(String listed, String ioc) {
        String l = listed.toLowerCase(Locale.ROOT);
        String i = ioc.toLowerCase(Locale.ROOT);
        return l.equals(i) || l.startsWith(i + ":");
    }
}
