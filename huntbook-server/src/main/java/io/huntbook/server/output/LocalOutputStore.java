package io.huntbook.server.output;

import io.huntbook.core.io.AtomicFiles;
import java.net.URI;
import java.nio.file.Path;

/** Outputs as files under one root folder, written through {@link AtomicFiles}. */
final class LocalOutputStore implements OutputStore {
    private final Path root;

    LocalOutputStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Path workingFile(String name) {
        return resolve(name);
    }

    @Override
    public URI put(String name, byte[] content) {
        Path target = resolve(name);
        AtomicFiles.write(target, content);
        return target.toUri();
    }

    @Override
    public URI location(String name) {
        return resolve(name).toUri();
    }

    /** The file for {@code name}; a name that is absolute or climbs out of the root is refused. */
    private Path resolve(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a relative output name: '" + name + "'");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")) {
                throw new IllegalArgumentException("output name '" + name + "' has an empty, '.' or '..' part");
            }
        }
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output name '" + name + "' leaves the output folder " + root);
        }
        return target;
    }

    @Override
    public String toString() {
        return "local output store " + root;
    }
}
