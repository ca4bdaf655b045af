package io.huntbook.data.catalog;

import io.huntbook.core.time.RelativeTime;

/** The catalog's relative times come from huntbook-core's grammar (DESIGN.md §6.D), the one every command uses. */
final class TimeGrammar {
    private TimeGrammar() {}

    static RelativeTimes relativeTimes() {
        return (text, now) -> RelativeTime.tryParse(text).map(time -> time.resolve(now));
    }
}
