package io.huntbook.enrich.ti;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A threat-intelligence source. Implementations make one lookup per call and throw {@link TiProviderException} when
 * the lookup could not be made; the engine owns concurrency, rate limits, retries, caching and TLP gating.
 */
public interface TiProvider {
    /** The provider's name as it appears in the {@code Provider} column and in configuration. */
    String name();

    /** The IoC types it can look up (MSTICPy's names: ipv4, ipv6, dns, url, md5_hash, sha1_hash, sha256_hash...). */
    Set<String> supportedTypes();

    /**
     * The query subtypes it answers for an IoC type besides its main verdict (MSTICPy's {@code query_type}, e.g.
     * {@code passive_dns}); {@link TiQuery#subtype()} is one of them or null.
     */
    default Set<String> subtypes(String iocType) {
        return Set.of();
    }

    /** Looks one indicator up. */
    TiVerdict lookup(TiQuery query);

    /** The most restricted TLP marking it may receive; local providers take everything. */
    default Tlp maxTlp() {
        return Tlp.AMBER;
    }

    /** Its free-tier limits; empty for local providers. */
    default List<RateLimit> rateLimits() {
        return List.of();
    }

    /** How long its answers stay fresh in the cache. */
    default Duration cacheTtl() {
        return Duration.ofHours(24);
    }

    /** How many lookups may be in flight at once. */
    default int maxConcurrency() {
        return 4;
    }

    /** Whether answers are cached at all (a local list is cheaper to ask than a cache). */
    default boolean cacheable() {
        return true;
    }

    /**
     * Whether the provider answers from local data. Only local providers receive private and reserved addresses:
     * nothing sent to them leaves the machine.
     */
    default boolean isLocal() {
        return false;
    }

    /** The page a person opens to read about the indicator, if the provider has one. */
    default String reference(TiQuery query) {
        return "";
    }
}
