package io.huntbook.data.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * The relative-time grammar of DESIGN.md §6.D ({@code -3d@d}, {@code now-1h}), which is owned by huntbook-core. The
 * catalog renders against this small interface so that it uses exactly the grammar every other command uses.
 */
@FunctionalInterface
interface RelativeTimes {
    /** The instant {@code text} names relative to {@code now}, or empty when it is not a relative time. */
    Optional<Instant> parse(String text, Instant now);
}
