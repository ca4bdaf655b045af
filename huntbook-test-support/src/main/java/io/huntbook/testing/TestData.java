package io.huntbook.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared reference data lives. A missing file fails the test that asked for it; it never skips. */
public final class TestData {
    private TestData() {}

    /** The shared test-data folder ({@code ../shared/testdata} beside the repository, or {@code huntbook.testdata}). */
    public static Path root() {
        String configured = System.getProperty("huntbook.testdata");
        Path root = configured != null ? Path.of(configured) : repository().resolve("../shared/testdata");
        return root.toAbsolutePath().normalize();
    }

    /** A file or folder under the shared test data, which must exist. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new AssertionError("conformance input missing: " + p
                    + " (the conformance profile needs ../shared/testdata beside the repository)");
        }
        return p;
    }

    /** The repository's root folder. */
    public static Path repository() {
        String configured = System.getProperty("huntbook.repo");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("huntbook"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
