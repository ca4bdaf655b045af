package io.huntbook.enrich.ti;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.core.BadInputException;
import io.huntbook.analysis.ioc.Defanging;
import io.huntbook.analysis.ioc.IocExtractor;
import io.huntbook.core.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * The threat-intel lookup engine. Every (indicator, provider) pair is one task on a virtual thread; each provider is
 * reached through its own gate (bounded concurrency and rate limits that queue), failures worth retrying are retried
 * with backoff honouring {@code Retry-After}, answers are cached, and an indicator marked above a provider's TLP is
 * never sent to it. A throttled or failed call is a failed row, never a clean result.
 *
 * <pre>{@code
 * TiLookup ti = TiLookup.builder().primary(localList).cacheFolder(home.resolve("cache/ti")).build();
 * DataFrame rows = ti.lookupFrame(List.of("203.0.113.7", "evil.example"));
 * }</pre>
 */
public final class TiLookup {
    private final Map<String, TiProvider> primary;
    private final Map<String, TiProvider> secondary;
    private final Map<String, ProviderGate> gates = new LinkedHashMap<>();
    private final TiCache cache;
    private final RetryPolicy retry;
    private final Function<String, Optional<String>> typeInference;
    private final UnaryOperator<String> normalizer;
    /** Indicators already refanged and typed: hunting data repeats them, and typing runs the whole extractor. */
    private final com.github.benmanes.caffeine.cache.Cache<String, String[]> recognized =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000).build();

    private TiLookup(Builder b) {
        this.primary = b.primary;
        this.secondary = b.secondary;
        this.cache = new TiCache(b.cacheFolder, b.clock);
        this.retry = b.retry;
        this.typeInference = b.typeInference != null ? b.typeInference : DefaultTypes.INFERENCE;
        this.normalizer = b.normalizer;
        for (TiProvider p : all()) {
            gates.put(p.name(), new ProviderGate(p));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The providers, primary first. */
    public List<TiProvider> providers() {
        return all();
    }

    /** Whether a provider is primary (looked up by default). */
    public boolean isPrimary(String name) {
        return primary.containsKey(name);
    }

    /** Looks one indicator up in the primary providers, inferring its type. */
    public List<LookupResult> lookup(String ioc) {
        return lookup(List.of(ioc), LookupOptions.defaults());
    }

    /** Looks one indicator of a known type up in the primary providers. */
    public List<LookupResult> lookup(String ioc, String iocType) {
        List<String[]> one = new ArrayList<>();
        one.add(new String[] {normalizer.apply(ioc.trim()), iocType});
        return lookupTyped(one, LookupOptions.defaults());
    }

    /** Looks one indicator of a known type up with options. */
    public List<LookupResult> lookup(String ioc, String iocType, LookupOptions options) {
        List<String[]> one = new ArrayList<>();
        one.add(new String[] {normalizer.apply(ioc.trim()), iocType});
        return lookupTyped(one, options);
    }

    /** Looks indicators up, inferring their types. */
    public List<LookupResult> lookup(Collection<String> iocs, LookupOptions options) {
        List<String[]> typed = new ArrayList<>();
        for (String ioc : iocs) {
            typed.add(recognized.get(ioc, raw -> {
                String normalized = normalizer.apply(raw.trim());
                return new String[] {normalized, inferType(normalized)};
            }).clone());
        }
        return lookupTyped(typed, options);
    }

    /** Looks indicators up and returns MSTICPy's columns. */
    public DataFrame lookupFrame(Collection<String> iocs) {
        return LookupResult.toFrame(lookup(iocs, LookupOptions.defaults()));
    }

    /** Looks up the distinct non-empty values of one column of a frame. */
    public DataFrame lookup(DataFrame frame, String column, LookupOptions options) {
        if (!frame.getColumnsIndex().contains(column)) {
            throw new BadInputException("no column '" + column + "' in the table; its columns are "
                    + List.of(frame.getColumnsIndex().toArray()));
        }
        Series<?> values = frame.getColumn(column);
        List<String> iocs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v != null && !v.toString().isBlank() && !iocs.contains(v.toString())) {
                iocs.add(v.toString());
            }
        }
        return LookupResult.toFrame(lookup(iocs, options));
    }

    private String inferType(String ioc) {
        return typeInference.apply(ioc).orElseThrow(() -> new BadInputException("cannot tell what kind of indicator '"
                + ioc + "' is: give its type (ipv4, ipv6, dns, url, md5_hash, sha1_hash, sha256_hash...)"));
    }

    private List<LookupResult> lookupTyped(List<String[]> typed, LookupOptions options) {
        List<TiProvider> chosen = choose(options);
        // Answers that need no call (refusals, cache hits) are made here; only real calls go to virtual threads,
        // so a batch of cached indicators costs map lookups, not thread hand-offs.
        LookupResult[] results = new LookupResult[typed.size() * chosen.size()];
        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            int slot = 0;
            for (String[] item : typed) {
                for (TiProvider provider : chosen) {
                    TiQuery query = new TiQuery(item[0], item[1], options.subtype());
                    LookupResult settled = withoutCall(provider, query, options);
                    if (settled != null) {
                        results[slot] = settled;
                    } else {
                        int target = slot;
                        calls.add(executor.submit(() -> {
                            results[target] = call(provider, query);
                            return null;
                        }));
                    }
                    slot++;
                }
            }
            for (Future<?> f : calls) {
                f.get();
            }
            return List.of(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.huntbook.core.HuntbookException("threat-intel lookup interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new io.huntbook.core.HuntbookException("threat-intel lookup failed: " + cause.getMessage(), cause);
        }
    }

    private List<TiProvider> choose(LookupOptions options) {
        if (options.providers().isEmpty()) {
            List<TiProvider> chosen = new ArrayList<>(primary.values());
            if (options.includeSecondary()) {
                chosen.addAll(secondary.values());
            }
            if (chosen.isEmpty()) {
                throw new BadInputException("no threat-intel provider is configured: add one under TIProviders in the "
                        + "configuration");
            }
            return chosen;
        }
        List<TiProvider> chosen = new ArrayList<>();
        for (String name : options.providers()) {
            TiProvider p = find(name);
            if (p == null) {
                throw new BadInputException("unknown threat-intel provider '" + name + "': configured are "
                        + all().stream().map(TiProvider::name).toList());
            }
            chosen.add(p);
        }
        return chosen;
    }

    private @Nullable TiProvider find(String name) {
        for (TiProvider p : all()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    private List<TiProvider> all() {
        List<TiProvider> all = new ArrayList<>(primary.values());
        all.addAll(secondary.values());
        return all;
    }

    /** The row for a lookup that needs no call to the provider, or null when a call must be made. */
    private @Nullable LookupResult withoutCall(TiProvider provider, TiQuery query, LookupOptions options) {
        String iocType = query.iocType();
        if (!provider.supportedTypes().contains(iocType)) {
            return failed(provider, query, LookupStatus.NOT_SUPPORTED, "IoC type " + iocType + " not supported");
        }
        if (query.subtype() != null && !provider.subtypes(iocType).contains(query.subtype())) {
            return failed(provider, query, LookupStatus.NOT_SUPPORTED, "query subtype " + query.subtype()
                    + " not supported for " + iocType + (provider.subtypes(iocType).isEmpty() ? ""
                            : "; supported: " + new java.util.TreeSet<>(provider.subtypes(iocType))));
        }
        if (options.tlp() != null && options.tlp().compareTo(provider.maxTlp()) > 0) {
            return failed(provider, query, LookupStatus.NOT_SUPPORTED, "not sent: marked " + options.tlp()
                    + ", above the provider's maximum " + provider.maxTlp());
        }
        Optional<String> refusal = PreCheck.refusal(query.ioc(), iocType, provider.isLocal());
        if (refusal.isPresent()) {
            LookupStatus status = refusal.get().startsWith("not sent") ? LookupStatus.NOT_SUPPORTED
                    : LookupStatus.BAD_FORMAT;
            return failed(provider, query, status, refusal.get());
        }
        if (provider.cacheable() && !options.bypassCache()) {
            Optional<TiVerdict> cached = cache.get(provider, query);
            if (cached.isPresent()) {
                return answered(provider, query, cached.get());
            }
        }
        return null;
    }

    /** Calls the provider through its gate, retrying what is worth retrying. */
    private LookupResult call(TiProvider provider, TiQuery query) throws InterruptedException {
        ProviderGate gate = gates.get(provider.name());
        for (int attempt = 0; ; attempt++) {
            try {
                TiVerdict verdict = gate.call(() -> provider.lookup(query));
                if (provider.cacheable()) {
                    cache.put(provider, query, verdict);
                }
                return answered(provider, query, verdict);
            } catch (TiProviderException e) {
                if (!e.retryable() || attempt + 1 >= retry.maxAttempts()) {
                    String what = e.httpStatus() == 0 ? e.getMessage()
                            : "HTTP " + e.httpStatus() + ": " + e.getMessage();
                    return failed(provider, query, LookupStatus.QUERY_FAILED,
                            what + (e.retryable() ? " (after " + (attempt + 1) + " attempts)" : ""));
                }
                Thread.sleep(retry.waitBefore(attempt, e).toMillis());
            }
        }
    }

    private static LookupResult answered(TiProvider provider, TiQuery q, TiVerdict v) {
        String reference = v.reference() != null ? v.reference() : provider.reference(q);
        return new LookupResult(q.ioc(), q.iocType(), SafeIoc.of(q.ioc(), q.iocType()), q.subtype(), provider.name(),
                v.found(), v.found() ? v.severity() : Severity.INFORMATION, v.details(), v.rawResult(), reference,
                LookupStatus.OK.code());
    }

    private static LookupResult failed(TiProvider provider, TiQuery q, LookupStatus status, String why) {
        return new LookupResult(q.ioc(), q.iocType(), SafeIoc.of(q.ioc(), q.iocType()), q.subtype(), provider.name(),
                false, Severity.UNKNOWN, JsonNodeFactory.instance.textNode(why), null, null, status.code());
    }

    /** Types inferred as {@link IocExtractor#typeOf} does; one shared extractor, built on first use. */
    private static final class DefaultTypes {
        static final Function<String, Optional<String>> INFERENCE = IocExtractor.builder().build()::typeOf;
    }

    /** Builds a {@link TiLookup}; at least one provider is required. */
    public static final class Builder {
        private final Map<String, TiProvider> primary = new LinkedHashMap<>();
        private final Map<String, TiProvider> secondary = new LinkedHashMap<>();
        private @Nullable Path cacheFolder;
        private Clock clock = Clock.systemUTC();
        private RetryPolicy retry = RetryPolicy.defaults();
        private @Nullable Function<String, Optional<String>> typeInference;
        private UnaryOperator<String> normalizer = Defanging::refang;

        private Builder() {}

        /** Adds a provider looked up by default. */
        public Builder primary(TiProvider provider) {
            add(primary, provider);
            return this;
        }

        /** Adds a provider looked up only when asked for. */
        public Builder secondary(TiProvider provider) {
            add(secondary, provider);
            return this;
        }

        /** Where answers are kept across restarts; without it the cache is in memory only. */
        public Builder cacheFolder(@Nullable Path folder) {
            this.cacheFolder = folder;
            return this;
        }

        public Builder retry(RetryPolicy policy) {
            this.retry = policy;
            return this;
        }

        /** The clock for cache freshness (tests move it). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How an indicator's IoC type is inferred when it is not given (default: {@link IocExtractor#typeOf}). */
        public Builder typeInference(Function<String, Optional<String>> inference) {
            this.typeInference = inference;
            return this;
        }

        /** How an indicator is normalised before lookup (default: refanging defanged text). */
        public Builder normalizer(UnaryOperator<String> normalizer) {
            this.normalizer = normalizer;
            return this;
        }

        public TiLookup build() {
            if (primary.isEmpty() && secondary.isEmpty()) {
                throw new BadInputException("a threat-intel lookup needs at least one provider");
            }
            return new TiLookup(this);
        }

        private void add(Map<String, TiProvider> target, TiProvider provider) {
            String key = provider.name().toLowerCase(Locale.ROOT);
            if (primary.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key))
                    || secondary.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key))) {
                throw new BadInputException("threat-intel provider '" + provider.name() + "' is configured twice");
            }
            target.put(provider.name(), provider);
        }
    }
}
