package io.huntbook.enrich.ti;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.ProviderSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.Set;

/**
 * Builds the lookup engine from the configuration's {@code TIProviders} section (MSTICPy's format: each entry has
 * {@code Provider}, {@code Primary} and {@code Args}). Local lists ({@code Provider: LocalList}) take
 * {@code Args: {Files: [paths]}} (or one path as a string), relative to the configuration file. Not {@code File:},
 * because {@code {File: path}} is the secret-reference form. Vendor providers (VirusTotal, OTX, ...) come from the
 * {@link TiProviderFactory} implementations on the class path.
 */
public final class TiProviders {
    private TiProviders() {}

    /** The provider kinds that read local files. */
    private static final Set<String> LOCAL_KINDS = Set.of("locallist");

    /** A configured provider and whether it can be used in this version. */
    public record Configured(ProviderSettings settings, boolean available, String note,
            @org.jspecify.annotations.Nullable TiProvider provider) {}

    /**
     * Every configured provider, usable or not, for {@code ti providers}: a vendor entry is usable when its kind is
     * known and its settings are valid (an entry that cannot be built is skipped, with the reason as its note).
     */
    public static List<Configured> describe(HuntbookConfig config) {
        List<Configured> all = new ArrayList<>();
        for (ProviderSettings s : config.tiProviders()) {
            if (LOCAL_KINDS.contains(s.provider().toLowerCase(Locale.ROOT))) {
                all.add(new Configured(s, true, "local list", null));
                continue;
            }
            Optional<TiProviderFactory> factory = factory(s.provider());
            if (factory.isEmpty()) {
                all.add(new Configured(s, false, "provider " + s.provider() + " is not available in this version of"
                        + " Huntbook; available are " + kinds(), null));
                continue;
            }
            try {
                TiProvider p = factory.get().create(s, config.baseDir());
                all.add(new Configured(s, true, "types " + new TreeSet<>(p.supportedTypes()) + "; limits "
                        + io.huntbook.enrich.ti.vendor.VendorConfig.describe(p.rateLimits()) + "; up to " + p.maxTlp(), p));
            } catch (BadInputException e) {
                all.add(new Configured(s, false, e.getMessage(), null));
            }
        }
        return all;
    }

    /** The vendor factory for a {@code Provider:} value, compared case-insensitively. */
    public static Optional<TiProviderFactory> factory(String kind) {
        for (TiProviderFactory f : Factories.ALL) {
            if (f.kind().equalsIgnoreCase(kind)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The {@code Provider:} values this version can build: LocalList and every vendor factory's kind. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        kinds.add("LocalList");
        Factories.ALL.forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    /** The factories on the class path, loaded once. */
    private static final class Factories {
        static final List<TiProviderFactory> ALL = ServiceLoader.load(TiProviderFactory.class,
                TiProviders.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    /**
     * An engine over the configured providers that this version can use; {@code fallbackLists} (the sample data's
     * threat list, asked for only when needed, since it may have to be generated) serve when none is configured. Unusable configured providers are reported to {@code warnings}.
     */
    public static TiLookup.Builder fromConfig(HuntbookConfig config, java.util.function.Supplier<List<Path>> fallbackLists,
            java.util.function.Consumer<String> warnings) {
        TiLookup.Builder builder = TiLookup.builder();
        int added = 0;
        for (Configured c : describe(config)) {
            if (!c.available()) {
                warnings.accept("TIProviders." + c.settings().name() + ": " + c.note() + "; skipped");
                continue;
            }
            TiProvider provider = c.provider() != null ? c.provider()
                    : LocalListProvider.of(c.settings().name(), files(c.settings(), config.baseDir()));
            if (c.settings().primary()) {
                builder.primary(provider);
            } else {
                builder.secondary(provider);
            }
            added++;
        }
        if (added == 0) {
            List<Path> fallback = fallbackLists.get();
            if (fallback.isEmpty()) {
                throw new BadInputException("no threat-intel provider is usable: add a LocalList under TIProviders in"
                        + " the configuration, or give a list with --list FILE");
            }
            builder.primary(LocalListProvider.of("LocalList", fallback));
        }
        return builder;
    }

    /**
     * The engine commands and notebooks use ({@code huntbook ti lookup}, {@code hb.threatIntel()}): the configured
     * providers, else {@code fallbackLists}, with answers cached under the data folder's {@code cache/ti}.
     */
    public static TiLookup configured(HuntbookConfig config, java.util.function.Supplier<List<Path>> fallbackLists,
            java.util.function.Consumer<String> warnings) {
        return fromConfig(config, fallbackLists, warnings)
                .cacheFolder(io.huntbook.core.HuntbookHome.dir().resolve("cache").resolve("ti"))
                .build();
    }

    private static List<Path> files(ProviderSettings settings, Path baseDir) {
        List<String> names = new ArrayList<>();
        var single = settings.args().get("Files").filter(n -> n instanceof io.huntbook.core.config.ConfigScalar);
        if (single.isPresent()) {
            settings.arg("Files").ifPresent(names::add);
        } else {
            names.addAll(settings.args().strings("Files"));
        }
        if (names.isEmpty()) {
            throw new BadInputException("TIProviders." + settings.name() + ": a local list needs Args.Files"
                    + " naming CSV, JSON or STIX files");
        }
        return names.stream().map(n -> HuntbookConfig.resolvePath(n, baseDir)).toList();
    }
}
