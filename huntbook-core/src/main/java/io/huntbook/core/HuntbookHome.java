package io.huntbook.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * Huntbook's data folder (DESIGN.md §6.D): {@code $HUNTBOOK_HOME}, by default {@code ~/.huntbook}. Sample data, the
 * embedded ledger, caches and demo outputs live under it unless configured otherwise.
 */
public final class HuntbookHome {
    private HuntbookHome() {}

    /** The data folder for this process. It is not created here. */
    public static Path dir() {
        return dir(System.getenv());
    }

    /** The data folder for the environment {@code env}: {@code HUNTBOOK_HOME}, else {@code ~/.huntbook}. */
    public static Path dir(Map<String, String> env) {
        String home = env.get("HUNTBOOK_HOME");
        if (home != null && !home.isBlank()) {
            return expandHome(home).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".huntbook");
    }

    /** {@code ~} and {@code ~/x} expanded to the user's home folder. */
    public static Path expandHome(String path) {
        if (path.equals("~")) {
            return Path.of(System.getProperty("user.home"));
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return Path.of(System.getProperty("user.home"), path.substring(2));
        }
        return Path.of(path);
    }
}
