package io.huntbook.enrich.ti.urlscan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiProviderException;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import io.huntbook.enrich.ti.vendor.HttpTiProvider;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorHttp;
import io.huntbook.enrich.ti.vendor.VendorJson;
import io.huntbook.enrich.ti.vendor.VendorResponse;
import java.util.Set;

/**
 * {@code GET /search/?q=...&size=1} (the newest scan: {@code domain:}, {@code ip:}, {@code page.url:} or
 * {@code hash:}), then {@code GET /result/{uuid}/} for its verdicts, the key in {@code API-Key}. No scan is an
 * unknown indicator. Severity from {@code verdicts.overall}: {@code malicious} true is high, a positive
 * {@code score} a warning, otherwise information. Search results carry no verdict, hence the second call.
 */
final class UrlscanProvider extends HttpTiProvider {
    private static final Set<String> TYPES = Set.of("ipv4", "ipv6", "dns", "hostname", "url", "sha256_hash");

    UrlscanProvider(VendorConfig config) {
        super(config, TYPES);
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        String key = config.requireKey();
        JsonNode search = http.get("/search/").query("q", searchQuery(query)).query("size", "1")
                .secretHeader("API-Key", key).send().json();
        JsonNode newest = search.path("results").path(0);
        if (search.path("total").asLong(0) == 0 || newest.isMissingNode()) {
            return TiVerdict.notFound(search, null);
        }
        String uuid = newest.path("_id").asText(newest.path("task").path("uuid").asText(""));
        if (!uuid.matches("[0-9a-fA-F-]{36}")) {
            throw TiProviderException.notRetryable(config.name() + " answered a search result without a scan id");
        }
        String reference = "https://urlscan.io/result/" + uuid + "/";
        VendorResponse response = http.get("/result/" + VendorHttp.segment(uuid) + "/").secretHeader("API-Key", key)
                .answers(404).send();
        ObjectNode details = VendorJson.object();
        details.put("total_scans", search.path("total").asLong());
        details.set("scan_time", newest.path("task").path("time"));
        details.set("page_url", newest.path("page").path("url"));
        if (response.status() == 404) {
            // The scan was deleted between the search and the retrieval: known, but without a verdict.
            details.put("verdict", "unavailable (scan deleted)");
            return new TiVerdict(true, Severity.INFORMATION, details, search, reference);
        }
        JsonNode result = response.json();
        JsonNode overall = result.path("verdicts").path("overall");
        boolean malicious = overall.path("malicious").asBoolean(false);
        int score = overall.path("score").asInt(0);
        details.put("malicious", malicious);
        details.put("score", score);
        details.set("categories", overall.path("categories"));
        details.set("brands", overall.path("brands"));
        Severity severity = malicious ? Severity.HIGH : score > 0 ? Severity.WARNING : Severity.INFORMATION;
        ObjectNode raw = VendorJson.object();
        raw.set("search", search);
        raw.set("verdicts", result.path("verdicts"));
        return new TiVerdict(true, severity, details, raw, reference);
    }

    /** The search, in urlscan's Elasticsearch query syntax; values with reserved characters are quoted. */
    static String searchQuery(TiQuery q) {
        return switch (q.iocType()) {
            case "ipv4", "ipv6" -> "ip:" + quoted(q.ioc());
            case "dns", "hostname" -> "domain:" + quoted(q.ioc());
            case "url" -> "page.url:" + quoted(q.ioc());
            default -> "hash:" + q.ioc();
        };
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
