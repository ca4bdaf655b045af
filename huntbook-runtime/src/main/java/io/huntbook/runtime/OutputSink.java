package io.huntbook.runtime;

/**
 * Where rich outputs go. The engine's agent installs one that sends them to the host as {@code display_data};
 * outside an engine (a plain Java program) the default writes each bundle's {@code text/plain} to standard output.
 */
public interface OutputSink {
    /**
     * Publishes a bundle. {@code displayId} is null for an anonymous output; {@code update} replaces the earlier
     * outputs that carry the same id instead of adding one.
     */
    void publish(MimeBundle bundle, String displayId, boolean update);
}
