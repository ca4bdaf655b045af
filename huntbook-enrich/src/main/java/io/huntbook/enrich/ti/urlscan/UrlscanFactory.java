package io.huntbook.enrich.ti.urlscan;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.util.List;

/**
 * Builds {@code Provider: URLScan} entries. urlscan.io sets quotas per account and action (see its API Quotas
 * endpoint); the defaults, 30 a minute and 1,000 a day, are a free account's search limits. A lookup that finds a
 * scan also retrieves that scan's result (one more call, counted in urlscan's separate result quota).
 */
public final class UrlscanFactory extends VendorFactory {
    public UrlscanFactory() {
        super("URLScan", "https://urlscan.io/api/v1",
                List.of(RateLimit.perMinute(30), RateLimit.perDay(1_000)), Tlp.AMBER, UrlscanProvider::new);
    }
}
