package io.huntbook.enrich.ti.abusech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import io.huntbook.enrich.ti.vendor.HttpTiProvider;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorJson;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /url/} ({@code url=}), {@code /host/} ({@code host=}, for names and IPv4 addresses) and
 * {@code /payload/} ({@code md5_hash=} or {@code sha256_hash=}), form-encoded, the key in {@code Auth-Key};
 * {@code query_status: no_results} is an unknown indicator. Severity: a URL still {@code online} is high, one
 * offline a warning; a host with any URL online is high, otherwise a warning; a payload (a malware sample) is high.
 */
final class UrlhausProvider extends HttpTiProvider {
    private static final Set<String> TYPES = Set.of("url", "dns", "hostname", "ipv4", "md5_hash", "sha256_hash");

    UrlhausProvider(VendorConfig config) {
        super(config, TYPES);
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        String endpoint = switch (query.iocType()) {
            case "url" -> "url";
            case "md5_hash", "sha256_hash" -> "payload";
            default -> "host";
        };
        String field = switch (query.iocType()) {
            case "url" -> "url";
            case "md5_hash" -> "md5_hash";
            case "sha256_hash" -> "sha256_hash";
            default -> "host";
        };
        JsonNode json = http.post("/" + endpoint + "/").secretHeader("Auth-Key", config.requireKey())
                .form(Map.of(field, query.ioc())).send().json();
        if (!AbuseChStatus.found(json, config.name(), Set.of("no_results"))) {
            return TiVerdict.notFound(json, null);
        }
        return switch (endpoint) {
            case "url" -> url(json);
            case "host" -> host(json, query.ioc());
            default -> payload(json, query.ioc());
        };
    }

    private static TiVerdict url(JsonNode json) {
        boolean online = json.path("url_status").asText("").equals("online");
        ObjectNode details = VendorJson.pick(json, "url_status", "threat", "tags", "date_added", "last_online",
                "blacklists");
        return new TiVerdict(true, online ? Severity.HIGH : Severity.WARNING, details, json,
                json.path("urlhaus_reference").asText(null));
    }

    private static TiVerdict host(JsonNode json, String host) {
        int online = 0;
        for (JsonNode u : json.path("urls")) {
            if (u.path("url_status").asText("").equals("online")) {
                online++;
            }
        }
        ObjectNode details = VendorJson.pick(json, "url_count", "firstseen", "blacklists");
        details.put("urls_online", online);
        return new TiVerdict(true, online > 0 ? Severity.HIGH : Severity.WARNING, details, json,
                json.path("urlhaus_reference").asText("https://urlhaus.abuse.ch/host/" + host + "/"));
    }

    private static TiVerdict payload(JsonNode json, String hash) {
        ObjectNode details = VendorJson.pick(json, "file_type", "signature", "firstseen", "lastseen", "url_count");
        return new TiVerdict(true, Severity.HIGH, details, json, "https://urlhaus.abuse.ch/browse.php?search=" + hash);
    }
}
