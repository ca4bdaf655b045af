package io.huntbook.enrich.ti.misp;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ProviderSettings;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviderFactory;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds {@code Provider: MISP} entries. MISP is an instance you (or your community) run, so there is no default URL:
 * {@code Args.BaseUrl} (or {@code Args.Url}) is required. No rate limit by default (set {@code RateLimits} for a shared
 * instance), and indicators up to {@code TLP:RED} are sent, since the instance is inside your trust boundary; lower it
 * with {@code MaxTlp} for a community instance.
 */
public final class MispFactory implements TiProviderFactory {
    @Override
    public String kind() {
        return "MISP";
    }

    @Override
    public TiProvider create(ProviderSettings settings, Path baseDir) {
        String url = settings.arg("BaseUrl").or(() -> settings.arg("Url")).orElseThrow(() -> new BadInputException(
                "TIProviders." + settings.name() + ".Args.BaseUrl is missing: give your MISP instance's URL, e.g."
                        + " https://misp.example.org"));
        return new MispProvider(VendorConfig.from(settings, url, List.of(), Tlp.RED));
    }
}
