package io.huntbook.data.split;

import java.time.Instant;

/**
 * One chunk of a split range. {@code end} is the last instant the chunk covers, one microsecond before the next
 * chunk's start, so that queries with inclusive bounds ({@code between (start .. end)}) neither miss nor repeat rows
 * on the boundaries; the last chunk ends where the range ends.
 */
public record TimeChunk(Instant start, Instant end) {
    @Override
    public String toString() {
        return start + ".." + end;
    }
}
