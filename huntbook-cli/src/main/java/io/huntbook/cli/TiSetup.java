package io.huntbook.cli;

import io.huntbook.data.sample.SampleData;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProviders;
import java.nio.file.Path;
import java.util.List;

/**
 * The lookup engine a command uses: {@link TiProviders#configured} over the command line's configuration, with the
 * lists given on the command line, else the sample data's threat list, when no provider is configured.
 */
final class TiSetup {
    private TiSetup() {}

    static TiLookup engine(GlobalOptions global, List<Path> lists, Terminal terminal) {
        return TiProviders.configured(CliConfig.load(global),
                () -> lists.isEmpty() ? SampleData.fallbackThreatLists(terminal::progress) : lists, terminal::warn);
    }
}
