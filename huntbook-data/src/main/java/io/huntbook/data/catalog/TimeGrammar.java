package io.huntbook.data.catalog;

import io.huntbook.core.NotYetAvailableException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the catalog gets the relative-time grammar from. huntbook-core's time package owns it; until that package is
 * in this build, text that looks like a relative time is refused as not yet available instead of being guessed at.
 */
final class TimeGrammar {
    private TimeGrammar() {}

    private static final Pattern LOOKS_RELATIVE = Pattern.compile("(?i)\\s*(now)?\\s*([+-].*|@.*)?");

    static RelativeTimes relativeTimes() {
        return (text, now) -> {
            if (LOOKS_RELATIVE.matcher(text).matches()) {
                throw new NotYetAvailableException("the relative-time grammar (" + text
                        + ") until huntbook-core's io.huntbook.core.time is part of this build");
            }
            return Optional.empty();
        };
    }
}
