package io.huntbook.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Timestamps_ParseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-01-15 05:15:02.980|2019-01-15T05:15:02.980Z",
        "2021-04-01 05:04:58.000000 |2021-04-01T05:04:58Z",
        "2019-05-01T06:00:00Z|2019-05-01T06:00:00Z",
        "2019-05-01t06:00z|2019-05-01T06:00:00Z",
        "2019-05-01T06:00:00+02:00|2019-05-01T04:00:00Z",
        "2019-05-01T06:00:00-0530|2019-05-01T11:30:00Z",
        "2019-05-01 06:00:00.123456789+00|2019-05-01T06:00:00.123456789Z",
        "2019-05-01|2019-05-01T00:00:00Z",
        "2024-02-29T23:59:59,5Z|2024-02-29T23:59:59.500Z",
    })
    void acceptedForms(String text, String expected) {
        assertThat(Timestamps.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13-01", "2019-02-30", "2019-05-01T25:00", "2019-05-01T06", "2019-05-01X06:00",
            "2019-05-01T06:00:00.Z", "2019-05-01T06:00:00+2", "2019-05-01T06:00:00+25:00", "2019-05-01T06:00:00Zx",
            "20190501", "N/A", "", "2019-05-01T06:00:00.1234567890Z", "1550505627.301:9077922"})
    void refusedForms(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }

    @Test
    void everyInstantSurvivesIsoWithAnyOffsetAndPrecision() {
        PropertyCheck.forAll(3000, r -> new Object[] {
            Instant.ofEpochSecond(r.nextLong(-2_000_000_000L, 8_000_000_000L), r.nextInt(1_000_000_000)),
            ZoneOffset.ofTotalSeconds(r.nextInt(-18 * 60, 18 * 60 + 1) * 60), r.nextBoolean()}, v -> {
                Instant instant = (Instant) v[0];
                ZoneOffset offset = (ZoneOffset) v[1];
                String text = OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                if ((Boolean) v[2]) {
                    text = text.replace('T', ' ');
                }
                assertThat(Timestamps.parseOrNull(text)).as(text).isEqualTo(instant);
                String local = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDateTime().toString();
                assertThat(Timestamps.parseOrNull(local)).as(local).isEqualTo(instant);
            });
    }
}
