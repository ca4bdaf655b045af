package io.huntbook.enrich.ti.virustotal;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.util.List;

/** Builds {@code Provider: VirusTotal} entries. The public API allows 4 lookups a minute and 500 a day. */
public final class VirusTotalFactory extends VendorFactory {
    public VirusTotalFactory() {
        super("VirusTotal", "https://www.virustotal.com/api/v3",
                List.of(RateLimit.perMinute(4), RateLimit.perDay(500)), Tlp.AMBER, VirusTotalProvider::new);
    }
}
