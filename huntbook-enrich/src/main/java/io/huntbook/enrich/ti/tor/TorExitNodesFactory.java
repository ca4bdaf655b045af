package io.huntbook.enrich.ti.tor;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.ProviderSettings;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviderFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Builds {@code Provider: Tor} entries (MSTICPy's name). {@code Args.Source}: the exit list's URL (default the Tor
 * Project's {@code https://check.torproject.org/exit-addresses}) or a file path, relative to the configuration file;
 * {@code Args.RefreshHours}: how old the list may get before it is read again (default 24).
 */
public final class TorExitNodesFactory implements TiProviderFactory {
    static final String DEFAULT_SOURCE = "https://check.torproject.org/exit-addresses";

    @Override
    public String kind() {
        return "Tor";
    }

    @Override
    public TiProvider create(ProviderSettings settings, Path baseDir) {
        String source = settings.arg("Source").orElse(DEFAULT_SOURCE).strip();
        long hours = settings.args().integer("RefreshHours").orElse(24L);
        if (hours < 1) {
            throw new BadInputException("TIProviders." + settings.name() + ".Args.RefreshHours: must be at least 1");
        }
        ExitListSource from = source.matches("(?i)https?://.*") ? ExitListSource.url(settings, source)
                : ExitListSource.file(HuntbookConfig.resolvePath(source, baseDir));
        return new TorExitNodesProvider(settings.name(), from, Duration.ofHours(hours), Clock.systemUTC());
    }
}
