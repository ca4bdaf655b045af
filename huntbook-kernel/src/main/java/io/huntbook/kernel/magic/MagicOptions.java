package io.huntbook.kernel.magic;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How magics behave.
 *
 * @param mode whether {@code %maven} may resolve now ({@link Mode#RESOLVE}, interactive use) or only use what was
 *             pinned when the run was validated ({@link Mode#PINNED}, unattended runs)
 * @param pinDirectory where pinned resolutions are kept
 * @param settingsFile Maven's user settings; null for {@code ~/.m2/settings.xml}
 * @param localRepository overrides the settings' local repository; null to follow the settings
 */
public record MagicOptions(Mode mode, Path pinDirectory, @Nullable Path settingsFile,
                           @Nullable Path localRepository) {
    /** When {@code %maven} resolves. */
    public enum Mode {
        /** Resolve when the cell runs (and pin what was resolved). */
        RESOLVE,
        /** Use only resolutions pinned before the run; an unpinned {@code %maven} is an error. */
        PINNED
    }

    public MagicOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(pinDirectory, "pinDirectory");
    }

    /** Interactive defaults: resolve on demand, pins under {@code $HUNTBOOK_HOME/cache/maven-pins}. */
    public static MagicOptions defaults() {
        return new MagicOptions(Mode.RESOLVE, defaultPinDirectory(), null, null);
    }

    public MagicOptions withMode(Mode newMode) {
        return new MagicOptions(newMode, pinDirectory, settingsFile, localRepository);
    }

    public MagicOptions withPinDirectory(Path directory) {
        return new MagicOptions(mode, directory, settingsFile, localRepository);
    }

    public MagicOptions withSettingsFile(@Nullable Path file) {
        return new MagicOptions(mode, pinDirectory, file, localRepository);
    }

    public MagicOptions withLocalRepository(@Nullable Path repository) {
        return new MagicOptions(mode, pinDirectory, settingsFile, repository);
    }

    /** {@code $HUNTBOOK_HOME/cache/maven-pins} (default {@code ~/.huntbook}). */
    public static Path defaultPinDirectory() {
        String home = System.getenv("HUNTBOOK_HOME");
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".huntbook")
                : Path.of(home);
        return base.resolve("cache").resolve("maven-pins");
    }
}
