package io.huntbook.data.catalog;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The test's own query files (written after MSTICPy's format) and a fixed clock. */
final class Fixtures {
    private Fixtures() {}

    static final Instant NOW = Instant.parse("2024-05-01T12:34:56Z");

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/catalog/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The good fixtures, read at {@link #NOW}. */
    static DefaultQueryCatalog catalog() {
        return DefaultQueryCatalog.load(List.of(resource("good")), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
