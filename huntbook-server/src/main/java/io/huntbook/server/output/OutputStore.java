package io.huntbook.server.output;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where outputs go: notebooks, their input-stripped copies, reports and the findings folder. Names are relative,
 * '/'-separated and already safe ({@link OutputNaming}); a store refuses any other. The local filesystem is the
 * default ({@link #local(Path)}); object stores plug in here later.
 */
public interface OutputStore {
    /**
     * A local file the runner saves this output to while the run goes (autosaves); {@link #put} then stores the
     * final bytes. For the local store it is the output's own path.
     */
    Path workingFile(String name);

    /** Stores {@code content} under {@code name} atomically: a reader sees the old content or the new, never half. */
    URI put(String name, byte[] content);

    /** Where {@code name} is (or will be) stored, as people and incidents should link to it. */
    URI location(String name);

    /** The local filesystem under {@code root} (created when missing). */
    static OutputStore local(Path root) {
        return new LocalOutputStore(root);
    }
}
