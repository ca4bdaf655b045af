package io.huntbook.enrich.ti.abuseipdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import io.huntbook.enrich.ti.vendor.HttpTiProvider;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorJson;
import java.util.Set;

/**
 * {@code GET /check?ipAddress=...&maxAgeInDays=N} with the key in {@code Key}. An address nobody reported
 * ({@code totalReports} 0) is unknown; otherwise severity from {@code abuseConfidenceScore}: 75 or more is high, 25 or
 * more a warning, below that information.
 */
final class AbuseIpdbProvider extends HttpTiProvider {
    private static final Set<String> TYPES = Set.of("ipv4", "ipv6");
    private final String maxAgeInDays;

    AbuseIpdbProvider(VendorConfig config) {
        super(config, TYPES);
        this.maxAgeInDays = config.arg("MaxAgeInDays").orElse("90").strip();
        if (!maxAgeInDays.matches("\\d{1,3}") || Integer.parseInt(maxAgeInDays) < 1 || Integer.parseInt(maxAgeInDays) > 365) {
            throw new BadInputException("TIProviders." + config.name() + ".Args.MaxAgeInDays: must be 1 to 365 days");
        }
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        JsonNode json = http.get("/check").query("ipAddress", query.ioc()).query("maxAgeInDays", maxAgeInDays)
                .secretHeader("Key", config.requireKey()).send().json();
        JsonNode data = json.path("data");
        String reference = reference(query);
        if (data.path("totalReports").asInt(0) == 0) {
            return TiVerdict.notFound(json, reference);
        }
        int score = data.path("abuseConfidenceScore").asInt(0);
        Severity severity = score >= 75 ? Severity.HIGH : score >= 25 ? Severity.WARNING : Severity.INFORMATION;
        ObjectNode details = VendorJson.pick(data, "abuseConfidenceScore", "totalReports", "numDistinctUsers",
                "lastReportedAt", "isWhitelisted", "isTor", "usageType", "isp", "domain", "countryCode");
        return new TiVerdict(true, severity, details, json, reference);
    }

    @Override
    public String reference(TiQuery q) {
        return "https://www.abuseipdb.com/check/" + q.ioc();
    }
}
