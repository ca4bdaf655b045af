package io.huntbook.enrich.ti.greynoise;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ProviderSettings;
import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviderFactory;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@code Provider: GreyNoise} entries: {@code Args.Api: community} (the default; the community plan allows
 * about 50 lookups a week) or {@code Args.Api: enterprise} (limits set by the subscription, so none by default).
 */
public final class GreyNoiseFactory implements TiProviderFactory {
    static final List<RateLimit> COMMUNITY = List.of(new RateLimit(50, Duration.ofDays(7)));

    @Override
    public String kind() {
        return "GreyNoise";
    }

    @Override
    public TiProvider create(ProviderSettings settings, Path baseDir) {
        String api = settings.arg("Api").orElse("community").strip().toLowerCase(Locale.ROOT);
        return switch (api) {
            case "community" -> new GreyNoiseProvider(VendorConfig.from(settings, "https://api.greynoise.io",
                    COMMUNITY, Tlp.AMBER), false);
            case "enterprise" -> new GreyNoiseProvider(VendorConfig.from(settings, "https://api.greynoise.io",
                    List.of(), Tlp.AMBER), true);
            default -> throw new BadInputException("TIProviders." + settings.name() + ".Args.Api: '" + api
                    + "' is not a GreyNoise API: write community or enterprise");
        };
    }
}
