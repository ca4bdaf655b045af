package io.huntbook.enrich.ti.abuseipdb;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.util.List;

/** Builds {@code Provider: AbuseIPDB} entries. The free plan allows 1,000 checks a day. */
public final class AbuseIpdbFactory extends VendorFactory {
    public AbuseIpdbFactory() {
        super("AbuseIPDB", "https://api.abuseipdb.com/api/v2",
                List.of(RateLimit.perDay(1_000)), Tlp.AMBER, AbuseIpdbProvider::new);
    }
}
