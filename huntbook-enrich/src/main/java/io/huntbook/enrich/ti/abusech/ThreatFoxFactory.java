package io.huntbook.enrich.ti.abusech;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.util.List;

/**
 * Builds {@code Provider: ThreatFox} entries. abuse.ch publishes no numeric limit (fair use); Huntbook sends at most
 * one lookup a second by default.
 */
public final class ThreatFoxFactory extends VendorFactory {
    public ThreatFoxFactory() {
        super("ThreatFox", "https://threatfox-api.abuse.ch/api/v1", List.of(RateLimit.perSecond(1)),
                Tlp.AMBER, ThreatFoxProvider::new);
    }
}
