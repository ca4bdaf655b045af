package io.huntbook.enrich.ti;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How to look up: which providers (empty = the primary ones, or all with {@code includeSecondary}), the TLP of the
 * observables, whether to bypass the cache, and an optional query subtype (MSTICPy's {@code query_type}: a provider's
 * other view of the indicator, such as OTX's {@code passive_dns}; see {@link TiProvider#subtypes}).
 */
public record LookupOptions(List<String> providers, boolean includeSecondary, @Nullable Tlp tlp, boolean bypassCache,
        @Nullable String subtype) {
    public static LookupOptions defaults() {
        return new LookupOptions(List.of(), false, null, false, null);
    }

    public LookupOptions withProviders(List<String> names) {
        return new LookupOptions(List.copyOf(names), includeSecondary, tlp, bypassCache, subtype);
    }

    public LookupOptions withSecondary(boolean include) {
        return new LookupOptions(providers, include, tlp, bypassCache, subtype);
    }

    public LookupOptions withTlp(@Nullable Tlp marking) {
        return new LookupOptions(providers, includeSecondary, marking, bypassCache, subtype);
    }

    public LookupOptions withCacheBypassed(boolean bypass) {
        return new LookupOptions(providers, includeSecondary, tlp, bypass, subtype);
    }

    /** Asks for a provider's subtype instead of its main verdict; null for the main verdict. */
    public LookupOptions withSubtype(@Nullable String querySubtype) {
        String s = querySubtype == null || querySubtype.isBlank() ? null : querySubtype.strip();
        return new LookupOptions(providers, includeSecondary, tlp, bypassCache, s);
    }
}
