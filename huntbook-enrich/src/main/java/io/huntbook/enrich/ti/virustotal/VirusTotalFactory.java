package io.huntbook.enrich.ti.virustotal;

import io.huntbook.core.config.ProviderSettings;
import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviderFactory;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import java.nio.file.Path;
import java.util.List;

/** Builds {@code Provider: VirusTotal} entries. The public API allows 4 lookups a minute and 500 a day. */
public final class VirusTotalFactory implements TiProviderFactory {
    static final List<RateLimit> FREE_TIER = List.of(RateLimit.perMinute(4), RateLimit.perDay(500));

    @Override
    public String kind() {
        return "VirusTotal";
    }

    @Override
    public TiProvider create(ProviderSettings settings, Path baseDir) {
        return new VirusTotalProvider(VendorConfig.from(settings, "https://www.virustotal.com/api/v3", FREE_TIER,
                Tlp.AMBER));
    }
}
