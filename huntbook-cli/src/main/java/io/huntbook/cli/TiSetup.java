package io.huntbook.cli;

import io.huntbook.core.HuntbookHome;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lookup engine a command uses: the configured providers, or the lists given on the command line, or the sample
 * data's threat list when nothing else is there (the offline default). Answers are cached under the data folder.
 */
final class TiSetup {
    private TiSetup() {}

    /** Where the sample data keeps its threat list (written by {@code huntbook sample-data}). */
    static final List<String> SAMPLE_LISTS = List.of("sample/threat-intel.csv", "sample/threat_intel.csv");

    static TiLookup engine(GlobalOptions global, List<Path> lists, Terminal terminal) {
        Path home = HuntbookHome.dir();
        List<Path> fallback = new ArrayList<>(lists);
        if (fallback.isEmpty()) {
            for (String relative : SAMPLE_LISTS) {
                Path candidate = home.resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    fallback.add(candidate);
                    break;
                }
            }
        }
        return TiProviders.fromConfig(CliConfig.load(global), fallback, terminal::warn)
                .cacheFolder(home.resolve("cache").resolve("ti"))
                .build();
    }
}
