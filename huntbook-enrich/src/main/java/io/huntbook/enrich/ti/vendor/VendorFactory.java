package io.huntbook.enrich.ti.vendor;

import io.huntbook.core.config.ProviderSettings;
import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviderFactory;
import io.huntbook.enrich.ti.Tlp;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** A factory for a vendor with one API: its kind, default base URL, free-tier limits and default TLP. */
public abstract class VendorFactory implements TiProviderFactory {
    private final String kind;
    private final String defaultBaseUrl;
    private final List<RateLimit> freeTier;
    private final Tlp defaultTlp;
    private final Function<VendorConfig, TiProvider> constructor;

    protected VendorFactory(String kind, String defaultBaseUrl, List<RateLimit> freeTier,
            Tlp defaultTlp, Function<VendorConfig, TiProvider> constructor) {
        this.kind = kind;
        this.defaultBaseUrl = defaultBaseUrl;
        this.freeTier = List.copyOf(freeTier);
        this.defaultTlp = defaultTlp;
        this.constructor = constructor;
    }

    @Override
    public String kind() {
        return kind;
    }

    /** The limits used when the entry sets no {@code RateLimits}. */
    public List<RateLimit> freeTier() {
        return freeTier;
    }

    @Override
    public TiProvider create(ProviderSettings settings, Path baseDir) {
        return constructor.apply(VendorConfig.from(settings, defaultBaseUrl, freeTier, defaultTlp));
    }
}
