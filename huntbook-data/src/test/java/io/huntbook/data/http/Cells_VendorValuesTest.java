package io.huntbook.data.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.PropertyCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Cells_VendorValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
        "00:00:01, PT1S",
        "00:01:30, PT1M30S",
        "1.02:03:04.5000000, PT26H3M4.5S",
        "-00:30:00, PT-30M",
        "00:00:00.0000001, PT0.0000001S",
        "10.00:00:00, PT240H"})
    void kustoTimespansBecomeDurations(String text, String expected) {
        assertThat(Cells.duration(text)).isEqualTo(Duration.parse(expected));
    }

    @Test
    void everyDurationSurvivesKustosTimespanText() {
        PropertyCheck.forAll(500, (SplittableRandom r) -> Duration.ofNanos(r.nextLong(-864_000_000_000_000_000L / 1000, 864_000_000_000_000_000L / 1000) / 100 * 100),
                d -> {
                    long days = Math.abs(d.toDays());
                    Duration abs = d.abs();
                    String text = (d.isNegative() ? "-" : "") + (days > 0 ? days + "." : "")
                            + "%02d:%02d:%02d.%07d".formatted(abs.toHoursPart(), abs.toMinutesPart(),
                            abs.toSecondsPart(), abs.toNanosPart() / 100);
                    assertThat(Cells.duration(text)).as(text).isEqualTo(d);
                });
    }

    @ParameterizedTest
    @CsvSource({
        "2024-05-01T01:41:00.1234567Z, 2024-05-01T01:41:00.1234567Z",
        "2024-05-01T00:41:00.000+00:00, 2024-05-01T00:41:00Z",
        "2024-05-01T02:41:00+02:00, 2024-05-01T00:41:00Z",
        "2024-05-01T00:41:00, 2024-05-01T00:41:00Z",
        "2024-05-01 00:41:00, 2024-05-01T00:41:00Z"})
    void timestampsWithOrWithoutOffsetsAreUtcInstants(String text, String expected) {
        assertThat(Cells.instant(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void theFastUtcReaderAgreesWithTheJdk() {
        PropertyCheck.forAll(2000, (SplittableRandom r) -> Instant.ofEpochSecond(r.nextLong(-2_000_000_000L,
                        8_000_000_000L), r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000_000)),
                t -> assertThat(Cells.instant(t.toString())).as(t.toString()).isEqualTo(t));
        assertThat(Cells.utc("2024-02-30T00:00:00Z")).isNull();
        assertThat(Cells.utc("2024-05-01T00:00:00.Z")).isNull();
        assertThat(Cells.utc("2024-05-01T00:00:00+00:00")).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "string, TEXT", "guid, TEXT", "datetime, INSTANT", "long, LONG", "int, LONG", "real, DOUBLE", "bool, BOOL",
        "dynamic, JSON", "timespan, DURATION", "decimal, DECIMAL", "System.Int64, LONG", "SByte, BOOL",
        "DateTime, INSTANT", "Object, JSON", "Boolean, BOOL", "keyword, TEXT", "date, INSTANT", "ip, TEXT",
        "unsigned_long, LONG", "something_new, INFER"})
    void vendorTypeNamesMapToColumnTypes(String vendor, ColumnType expected) {
        assertThat(ColumnType.ofVendorName(vendor)).isEqualTo(expected);
    }

    @Test
    void valuesThatDoNotFitTheirTypeAreKeptAsText() throws Exception {
        JsonNode row = JSON.readTree("[\"not a number\", \"yesterday\", \"{not json\"]");
        assertThat(Cells.read(row.get(0), ColumnType.LONG)).isEqualTo("not a number");
        assertThat(Cells.read(row.get(1), ColumnType.INSTANT)).isEqualTo("yesterday");
        assertThat(((JsonNode) Cells.read(row.get(2), ColumnType.JSON)).asText()).isEqualTo("{not json");
    }
}
