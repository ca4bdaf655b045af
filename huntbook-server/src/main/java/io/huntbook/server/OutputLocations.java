package io.huntbook.server;

import io.huntbook.core.BadInputException;
import java.nio.file.Path;

/** Output paths are relative to the output root and never leave it. */
final class OutputLocations {
    private OutputLocations() {}

    static Path resolve(Path root, String relative) {
        Path normalRoot = root.toAbsolutePath().normalize();
        Path target = normalRoot.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !target.startsWith(normalRoot) || target.equals(normalRoot)) {
            throw new BadInputException("output '" + relative + "' must be a file path relative to the output root"
                    + " (no leading /, no ..)");
        }
        return target;
    }
}
