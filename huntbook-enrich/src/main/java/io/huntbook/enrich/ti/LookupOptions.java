package io.huntbook.enrich.ti;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How to look up: which providers (empty = the primary ones, or all with {@code includeSecondary}), the TLP of the
 * observables, and whether to bypass the cache.
 */
public record LookupOptions(List<String> providers, boolean includeSecondary, @Nullable Tlp tlp, boolean bypassCache) {
    public static LookupOptions defaults() {
        return new LookupOptions(List.of(), false, null, false);
    }

    public LookupOptions withProviders(List<String> names) {
        return new LookupOptions(List.copyOf(names), includeSecondary, tlp, bypassCache);
    }

    public LookupOptions withSecondary(boolean include) {
        return new LookupOptions(providers, include, tlp, bypassCache);
    }

    public LookupOptions withTlp(@Nullable Tlp marking) {
        return new LookupOptions(providers, includeSecondary, marking, bypassCache);
    }

    public LookupOptions withCacheBypassed(boolean bypass) {
        return new LookupOptions(providers, includeSecondary, tlp, bypass);
    }
}
