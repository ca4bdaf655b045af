package io.huntbook.cli;

import io.huntbook.core.HuntbookHome;
import io.huntbook.data.sample.SampleData;
import io.huntbook.data.sample.SampleOptions;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProviders;
import java.nio.file.Path;
import java.util.List;

/**
 * The lookup engine a command uses: the configured providers, or the lists given on the command line, or the sample
 * data's threat list when nothing else is there (the offline default; the sample is generated on first use). Answers
 * are cached under the data folder.
 */
final class TiSetup {
    private TiSetup() {}

    static TiLookup engine(GlobalOptions global, List<Path> lists, Terminal terminal) {
        Path home = HuntbookHome.dir();
        return TiProviders.fromConfig(CliConfig.load(global), () -> lists.isEmpty() ? sampleLists(terminal) : lists,
                        terminal::warn)
                .cacheFolder(home.resolve("cache").resolve("ti"))
                .build();
    }

    private static List<Path> sampleLists(Terminal terminal) {
        if (SampleData.open(SampleData.defaultFolder()).isEmpty()) {
            terminal.progress("huntbook: no threat-intel provider configured; generating the sample data and its threat list in "
                    + SampleData.defaultFolder());
        }
        var sample = SampleData.ensure(SampleData.defaultFolder(), SampleOptions.defaults());
        return List.of(sample.threatIntelCsv());
    }
}
