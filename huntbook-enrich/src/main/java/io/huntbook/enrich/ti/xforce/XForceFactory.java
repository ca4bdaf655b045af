package io.huntbook.enrich.ti.xforce;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.time.Duration;
import java.util.List;

/** Builds {@code Provider: XForce} entries; {@code Args.ApiID} and {@code Args.AuthKey} are the key and password
 * pair (MSTICPy's names). The free API allows 5,000 calls a month, counted here over 30 days. */
public final class XForceFactory extends VendorFactory {
    public XForceFactory() {
        super("XForce", "https://api.xforce.ibmcloud.com/api",
                List.of(new RateLimit(5_000, Duration.ofDays(30))), Tlp.AMBER, XForceProvider::new);
    }
}
