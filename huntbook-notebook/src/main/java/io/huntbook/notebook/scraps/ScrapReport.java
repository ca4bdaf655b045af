package io.huntbook.notebook.scraps;

import java.util.List;
import java.util.Optional;

/**
 * The scraps of a notebook, one per name in the order they first appear, and the scraps that could not be read (a
 * malformed payload is reported by name; the other scraps are still read).
 */
public record ScrapReport(List<Scrap> scraps, List<String> problems) {
    public ScrapReport {
        scraps = List.copyOf(scraps);
        problems = List.copyOf(problems);
    }

    /** The scrap named {@code name}. */
    public Optional<Scrap> get(String name) {
        return scraps.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
