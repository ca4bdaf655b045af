package io.huntbook.runtime;

/**
 * The {@code hb} session every Java engine binds in its prelude. It is created lazily and cheaply: what it reaches
 * (configuration, secrets, and later the query catalog and threat intelligence) is loaded on first use, so a notebook
 * that never touches it pays nothing.
 */
public final class Huntbook {
    private static volatile Huntbook session;

    private Huntbook() {}

    /** The one session of this engine. */
    public static Huntbook session() {
        Huntbook current = session;
        if (current == null) {
            synchronized (Huntbook.class) {
                current = session;
                if (current == null) {
                    current = new Huntbook();
                    session = current;
                }
            }
        }
        return current;
    }

    /** The secret {@code name} from the configuration; see {@link NotebookRuntime#secret(String)}. */
    public String secret(String name) {
        return NotebookRuntime.secret(name);
    }

    /** The configuration file the host gave this engine, or null when it runs without one. */
    public String configFile() {
        return System.getProperty("huntbook.config");
    }

    @Override
    public String toString() {
        String config = configFile();
        return "Huntbook session" + (config == null ? "" : " (" + config + ")");
    }
}
