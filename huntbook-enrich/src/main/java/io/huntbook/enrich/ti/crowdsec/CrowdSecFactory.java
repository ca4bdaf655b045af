package io.huntbook.enrich.ti.crowdsec;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.util.List;

/** Builds {@code Provider: CrowdSec} entries. The community CTI key allows 50 lookups a day. */
public final class CrowdSecFactory extends VendorFactory {
    public CrowdSecFactory() {
        super("CrowdSec", "https://cti.api.crowdsec.net/v2",
                List.of(RateLimit.perDay(50)), Tlp.AMBER, CrowdSecProvider::new);
    }
}
