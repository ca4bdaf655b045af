package io.huntbook.data.sample;

import io.huntbook.core.BadInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What decides the sample data (DESIGN.md §6.D): the same seed, anchor day and size always give the same rows.
 *
 * @param seed          the random seed of the background activity (the planted intrusion is the same for every seed)
 * @param anchor        the last day of the data and the day of the intrusion; today (UTC) by default, so MSTICPy's
 *                      default query window finds it
 * @param processEvents how many Windows 4688 process events to write (the benchmark uses 1,000,000)
 */
public record SampleOptions(long seed, LocalDate anchor, int processEvents) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_PROCESS_EVENTS = 20_000;
    /** Enough for the planted story plus some background on every host. */
    public static final int MIN_PROCESS_EVENTS = 1_000;
    public static final int MAX_PROCESS_EVENTS = 20_000_000;
    /** Days of data, the anchor day included. */
    public static final int DAYS = 4;

    public SampleOptions {
        if (processEvents < MIN_PROCESS_EVENTS || processEvents > MAX_PROCESS_EVENTS) {
            throw new BadInputException("the sample needs between " + MIN_PROCESS_EVENTS + " and " + MAX_PROCESS_EVENTS
                    + " process events, not " + processEvents);
        }
    }

    /** The default seed and size, anchored today (UTC). */
    public static SampleOptions defaults() {
        return new SampleOptions(DEFAULT_SEED, LocalDate.now(ZoneOffset.UTC), DEFAULT_PROCESS_EVENTS);
    }

    public SampleOptions withSeed(long newSeed) {
        return new SampleOptions(newSeed, anchor, processEvents);
    }

    public SampleOptions withAnchor(LocalDate newAnchor) {
        return new SampleOptions(seed, newAnchor, processEvents);
    }

    public SampleOptions withProcessEvents(int count) {
        return new SampleOptions(seed, anchor, count);
    }

    /** The first day of the data. */
    public LocalDate firstDay() {
        return anchor.minusDays(DAYS - 1L);
    }
}
