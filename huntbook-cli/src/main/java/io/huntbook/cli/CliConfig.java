package io.huntbook.cli;

import io.huntbook.core.config.ConfigSource;
import io.huntbook.core.config.HuntbookConfig;
import java.util.Optional;

/**
 * The configuration a command runs with: the file named by {@code --config}, else the one the search finds
 * ({@code HUNTBOOK_CONFIG}, {@code ./huntbook.yaml}, {@code $HUNTBOOK_HOME/huntbook.yaml}, {@code MSTICPYCONFIG}), else
 * none. Commands call {@link #load(GlobalOptions)} when they need settings; a broken file stops them with exit 2.
 */
public final class CliConfig {
    private CliConfig() {}

    /** The configuration for this command line. */
    public static HuntbookConfig load(GlobalOptions global) {
        return HuntbookConfig.discover(global.config());
    }

    /** Which file the command line selects, if any. */
    public static Optional<ConfigSource> source(GlobalOptions global) {
        return ConfigSource.locate(global.config());
    }
}
