package io.huntbook.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.testing.PropertyCheck;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeTime_ParseTest {
    /** Wednesday. */
    private static final Instant NOW = Instant.parse("2024-05-15T13:45:30.250Z");

    @ParameterizedTest
    @CsvSource({
        "now, 2024-05-15T13:45:30.250Z",
        "NOW, 2024-05-15T13:45:30.250Z",
        "now-1h, 2024-05-15T12:45:30.250Z",
        "-3d@d, 2024-05-12T00:00:00Z",
        "now-3d@d, 2024-05-12T00:00:00Z",
        "@d, 2024-05-15T00:00:00Z",
        "+2w, 2024-05-29T13:45:30.250Z",
        "-1mon@mon, 2024-04-01T00:00:00Z",
        "-1y@y, 2023-01-01T00:00:00Z",
        "now@w, 2024-05-13T00:00:00Z",
        "-1d@d+8h, 2024-05-14T08:00:00Z",
        "-90m, 2024-05-15T12:15:30.250Z",
        "-30s@m, 2024-05-15T13:45:00Z",
        "now - 1 h, 2024-05-15T12:45:30.250Z",
        "2024-01-02T03:04:05Z, 2024-01-02T03:04:05Z",
        "2024-01-02 03:04:05, 2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05+02:00, 2024-01-02T01:04:05Z",
        "2024-01-02, 2024-01-02T00:00:00Z",
    })
    void acceptedForms(String text, String expected) {
        assertThat(RelativeTime.resolve(text, NOW)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterdy", "", "now-", "now-1", "-1x", "1d", "now-1d@", "now-1d@q", "-1d@d@h",
            "2024-13-01", "now+-1d", "-1dd", "-1234567890d", "now-1.5h"})
    void refusedFormsSayWhichFormsParse(String text) {
        assertThatThrownBy(() -> RelativeTime.parse(text)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot parse \"" + text + "\" as a time")
                .hasMessageContaining("ISO instant").hasMessageContaining("-3d@d");
    }

    private record Expr(String text, List<long[]> terms, int rounding) {}

    private static Expr expression(SplittableRandom r) {
        String[] symbols = {"y", "mon", "w", "d", "h", "m", "s"};
        StringBuilder text = new StringBuilder(r.nextBoolean() ? "now" : "");
        List<long[]> terms = new ArrayList<>();
        int count = r.nextInt(text.isEmpty() ? 1 : 0, 4);
        for (int i = 0; i < count; i++) {
            long amount = r.nextInt(0, 500);
            int unit = r.nextInt(symbols.length);
            boolean negative = r.nextBoolean();
            text.append(negative ? '-' : '+').append(amount).append(r.nextBoolean() ? symbols[unit]
                    : symbols[unit].toUpperCase());
            terms.add(new long[] {negative ? -amount : amount, unit});
        }
        int rounding = text.isEmpty() || r.nextBoolean() ? r.nextInt(symbols.length) : -1;
        if (rounding >= 0) {
            text.append('@').append(symbols[rounding]);
        }
        return new Expr(text.toString(), terms, rounding);
    }

    /** A model of the grammar written independently of the parser: calendar arithmetic in UTC, then truncation. */
    private static Instant model(Expr e, Instant now) {
        ChronoUnit[] units = {ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.WEEKS, ChronoUnit.DAYS, ChronoUnit.HOURS,
                ChronoUnit.MINUTES, ChronoUnit.SECONDS};
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        for (long[] term : e.terms()) {
            t = t.plus(term[0], units[(int) term[1]]);
        }
        if (e.rounding() >= 0) {
            ZonedDateTime day = t.truncatedTo(ChronoUnit.DAYS);
            t = switch (e.rounding()) {
                case 0 -> day.withMonth(1).withDayOfMonth(1);
                case 1 -> day.withDayOfMonth(1);
                case 2 -> day.minusDays(day.getDayOfWeek().getValue() - 1);
                default -> t.truncatedTo(units[e.rounding()]);
            };
        }
        return t.toInstant();
    }

    @Test
    void everyGeneratedExpressionResolvesAsTheModelSays() {
        PropertyCheck.forAll(2000, r -> new Object[] {expression(r),
                Instant.ofEpochSecond(r.nextLong(0, 4_000_000_000L), r.nextInt(1_000_000_000))}, pair -> {
            Expr e = (Expr) pair[0];
            Instant now = (Instant) pair[1];
            assertThat(RelativeTime.resolve(e.text(), now)).as(e.text()).isEqualTo(model(e, now));
        });
    }

    @Test
    void canonicalTextParsesBackToAnEqualValue() {
        PropertyCheck.forAll(1000, RelativeTime_ParseTest::expression, e -> {
            RelativeTime parsed = RelativeTime.parse(e.text());
            assertThat(RelativeTime.parse(parsed.toString())).isEqualTo(parsed);
        });
    }

    @Test
    void anyIsoInstantParsesToItself() {
        PropertyCheck.forAll(1000, r -> Instant.ofEpochSecond(r.nextLong(-2_000_000_000L, 8_000_000_000L),
                r.nextBoolean() ? 0 : r.nextInt(1_000_000_000)), instant -> {
            assertThat(RelativeTime.resolve(instant.toString(), NOW)).isEqualTo(instant);
            assertThat(RelativeTime.parse(instant.toString()).isRelative()).isFalse();
        });
    }

    @Test
    void arbitraryTextEitherParsesOrFailsWithBadInput() {
        PropertyCheck.forAll(3000, r -> r.nextBoolean() ? PropertyCheck.anyString(r, 12)
                : expression(r).text() + PropertyCheck.anyString(r, 2), text -> {
            try {
                RelativeTime.resolve(text, NOW);
            } catch (BadInputException expected) {
                assertThat(expected.getMessage()).contains("as a time").doesNotContain("\n\tat");
            }
        });
    }

    @Test
    void timeSpanFromTwoRelativeTimes() {
        TimeSpan yesterday = TimeSpan.parse("-1d@d", "@d", NOW);
        assertThat(yesterday.start()).isEqualTo(Instant.parse("2024-05-14T00:00:00Z"));
        assertThat(yesterday.duration()).hasHours(24);
        assertThat(yesterday.contains(Instant.parse("2024-05-14T23:59:59Z"))).isTrue();
        assertThat(yesterday.contains(Instant.parse("2024-05-15T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> TimeSpan.parse("now", "-1h", NOW)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("swap start and end");
    }
}
