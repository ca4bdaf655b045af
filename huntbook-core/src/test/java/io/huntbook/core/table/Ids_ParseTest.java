package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.testing.PropertyCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Ids_ParseTest {
    @ParameterizedTest
    @CsvSource({"5648,5648", "0x1610,5648", "0X1610,5648", "22536.0,22536", " 4 ,4", "-1,-1", "2.2536e4,22536",
            "0xffffffffffffffff,-1", "+7,7"})
    void acceptedForms(String text, long expected) {
        assertThat(Ids.parseLong(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.5", "0x", "0xg1", "NaN", "1e400", "99999999999999999999", "1,000"})
    void refusedForms(String text) {
        assertThat(Ids.tryParseLong(text)).isEmpty();
        assertThatThrownBy(() -> Ids.parseLong(text)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("0x hex");
    }

    @Test
    void cellValuesOfAnyReadType() {
        assertThat(Ids.toLong(null)).isNull();
        assertThat(Ids.toLong(Double.NaN)).isNull();
        assertThat(Ids.toLong(22536.0)).isEqualTo(22536L);
        assertThat(Ids.toLong(7L)).isEqualTo(7L);
        assertThat(Ids.toLong("0x888")).isEqualTo(0x888L);
        assertThatThrownBy(() -> Ids.toLong(1.5)).isInstanceOf(BadInputException.class);
    }

    @Test
    void everyLongSurvivesEachForm() {
        PropertyCheck.forAll(300, r -> r.nextInt(3) == 0 ? r.nextLong() : r.nextLong(0, 1L << 40), id -> {
            assertThat(Ids.parseLong(Long.toString(id))).isEqualTo(id);
            if (id >= 0) {
                assertThat(Ids.parseLong("0x" + Long.toHexString(id))).isEqualTo(id);
            }
            if (Math.abs(id) < (1L << 52)) {
                assertThat(Ids.parseLong(id + ".0")).isEqualTo(id);
            }
        });
    }
}
