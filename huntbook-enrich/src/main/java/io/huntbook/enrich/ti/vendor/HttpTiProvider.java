package io.huntbook.enrich.ti.vendor;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.Tlp;
import java.util.List;

/** What vendor providers share: their name, limits and TLP from {@link VendorConfig}, and an HTTP client. */
public abstract class HttpTiProvider implements TiProvider {
    protected final VendorConfig config;
    protected final VendorHttp http;

    protected HttpTiProvider(VendorConfig config) {
        this.config = config;
        this.http = new VendorHttp(config);
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public List<RateLimit> rateLimits() {
        return config.rateLimits();
    }

    @Override
    public Tlp maxTlp() {
        return config.maxTlp();
    }
}
