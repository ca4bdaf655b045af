package io.huntbook.enrich.ti.vendor;

import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.Tlp;
import java.util.List;
import java.util.Set;

/** What vendor providers share: their name, limits and TLP from {@link VendorConfig}, and an HTTP client. */
public abstract class HttpTiProvider implements TiProvider {
    /** Addresses, names, URLs and the common file hashes: what the big reputation services all look up. */
    protected static final Set<String> ADDRESSES_NAMES_URLS_HASHES = Set.of("ipv4", "ipv6", "dns", "hostname", "url",
            "md5_hash", "sha1_hash", "sha256_hash");

    protected final VendorConfig config;
    protected final VendorHttp http;
    private final Set<String> types;

    protected HttpTiProvider(VendorConfig config, Set<String> types) {
        this.config = config;
        this.http = new VendorHttp(config);
        this.types = Set.copyOf(types);
    }

    @Override
    public Set<String> supportedTypes() {
        return types;
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
