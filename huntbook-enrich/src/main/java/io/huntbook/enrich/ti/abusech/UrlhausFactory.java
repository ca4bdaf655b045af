package io.huntbook.enrich.ti.abusech;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorFactory;
import java.util.List;

/**
 * Builds {@code Provider: URLhaus} entries. abuse.ch publishes no numeric limit (fair use); Huntbook sends at most
 * one lookup a second by default.
 */
public final class UrlhausFactory extends VendorFactory {
    public UrlhausFactory() {
        super("URLhaus", "https://urlhaus-api.abuse.ch/v1", List.of(RateLimit.perSecond(1)), Tlp.AMBER,
                UrlhausProvider::new);
    }
}
