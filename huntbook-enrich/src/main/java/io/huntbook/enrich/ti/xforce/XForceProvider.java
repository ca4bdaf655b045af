package io.huntbook.enrich.ti.xforce;

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
 * {@code GET /ipr/{ip}}, {@code /url/{url or domain}} and {@code /malware/{hash}} with HTTP basic authentication
 * ({@code ApiID:AuthKey}); 404 ({@code "Not found."}) is an unknown indicator. IPs and URLs are scored 1 to 10: 7 or
 * more is high, 4 or more a warning, below information; an IP with score 1 and no category is unknown. Hashes carry
 * {@code malware.risk}: high, medium (a warning) or low (information).
 */
final class XForceProvider extends HttpTiProvider {

    XForceProvider(VendorConfig config) {
        super(config, ADDRESSES_NAMES_URLS_HASHES);
    }

    @Override
    public Set<String> subtypes(String iocType) {
        return switch (iocType) {
            case "ipv4", "ipv6" -> Set.of("malware", "history");
            case "dns", "hostname" -> Set.of("malware", "whois", "resolve");
            case "url" -> Set.of("malware");
            default -> Set.of();
        };
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        String kind = kind(query.iocType());
        String subtype = query.subtype();
        String path = subtype == null ? "/" + kind + "/"
                : switch (subtype) {
                    case "malware" -> "/" + kind + "/malware/";
                    case "history" -> "/ipr/history/";
                    default -> "/" + subtype + "/";
                };
        VendorResponse response = http.get(path + VendorHttp.segment(query.ioc()))
                .basicAuth(config.requireSecret("ApiID"), config.requireKey()).answers(404).send();
        JsonNode json = response.json();
        String reference = reference(query);
        if (response.status() == 404) {
            return TiVerdict.notFound(json, reference);
        }
        if (subtype != null) {
            // Malware associated with an address or name is a warning; history, WHOIS and DNS are context.
            int count = switch (subtype) {
                case "malware" -> json.path("malware").size();
                case "history" -> json.path("history").size();
                default -> -1;
            };
            return VendorJson.context(subtype, count, subtype.equals("malware") ? Severity.WARNING
                    : Severity.INFORMATION, json, reference);
        }
        return switch (kind) {
            case "ipr" -> scored(json, json, reference, true);
            case "url" -> scored(json, json.path("result"), reference, false);
            default -> malware(json, reference);
        };
    }

    private static TiVerdict scored(JsonNode json, JsonNode report, String reference, boolean ip) {
        double score = report.path("score").asDouble(0);
        boolean categorised = report.path("cats").size() > 0;
        if (ip && score <= 1 && !categorised) {
            return TiVerdict.notFound(json, reference);
        }
        Severity severity = score >= 7 ? Severity.HIGH : score >= 4 ? Severity.WARNING : Severity.INFORMATION;
        ObjectNode details = VendorJson.pick(report, "score", "cats", "categoryDescriptions", "reason",
                "reasonDescription");
        return new TiVerdict(true, severity, details, json, reference);
    }

    private static TiVerdict malware(JsonNode json, String reference) {
        JsonNode malware = json.path("malware");
        String risk = malware.path("risk").asText("").toLowerCase(Locale.ROOT);
        Severity severity = switch (risk) {
            case "high" -> Severity.HIGH;
            case "medium" -> Severity.WARNING;
            default -> Severity.INFORMATION;
        };
        ObjectNode details = VendorJson.pick(malware, "risk", "family", "type", "mimetype", "created");
        return new TiVerdict(true, severity, details, json, reference);
    }

    private static String kind(String iocType) {
        return switch (iocType) {
            case "ipv4", "ipv6" -> "ipr";
            case "dns", "hostname", "url" -> "url";
            default -> "malware";
        };
    }

    @Override
    public String reference(TiQuery q) {
        String page = switch (kind(q.iocType())) {
            case "ipr" -> "ip";
            case "url" -> "url";
            default -> "malware";
        };
        return "https://exchange.xforce.ibmcloud.com/" + page + "/" + q.ioc();
    }
}
