package io.huntbook.runner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as papermill and nbclient write them: Python's {@code isoformat()} in UTC, durations in float seconds. */
final class PapermillTimes {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private PapermillTimes() {}

    /** {@code 2026-11-27T18:58:06.276318+00:00}, as {@code datetime.isoformat()} (no fraction when it is zero). */
    static String iso(Instant instant) {
        return base(instant) + "+00:00";
    }

    /** {@code 2026-11-27T18:58:06.283164Z}, as nbclient records {@code metadata.execution}. */
    static String isoZ(Instant instant) {
        return base(instant) + "Z";
    }

    private static String base(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        int micro = micros.getNano() / 1000;
        return SECONDS.format(micros) + (micro == 0 ? "" : String.format(".%06d", micro));
    }

    /** Seconds with microsecond precision, like papermill's {@code duration}. */
    static double seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos()).movePointLeft(9).setScale(6, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
