package io.huntbook.enrich.ti.otx;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.time.Duration;
import java.util.List;

/** Builds {@code Provider: OTX} entries. OTX allows 10,000 requests an hour. */
public final class OtxFactory extends VendorFactory {
    public OtxFactory() {
        super("OTX", "https://otx.alienvault.com",
                List.of(new RateLimit(10_000, Duration.ofHours(1))), Tlp.AMBER, OtxProvider::new);
    }
}
