package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterCoercion_PapermillRulesTest {
    @Test
    void keywordsAreExactPythonLiterals() {
        assertThat(ParameterCoercion.coerce("True")).isEqualTo(true);
        assertThat(ParameterCoercion.coerce("False")).isEqualTo(false);
        assertThat(ParameterCoercion.coerce("None")).isNull();
        assertThat(ParameterCoercion.coerce("true")).isEqualTo("true");
        assertThat(ParameterCoercion.coerce("none")).isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7|7", "1_000|1000", "' 7 '|7", "-3|-3", "+4|4", "007|7", "٣|3",
            "123456789012345678901234567890|123456789012345678901234567890"})
    void integersAsPythonIntReadsThem(String text, String expected) {
        assertThat(ParameterCoercion.coerce(text)).isEqualTo(new BigInteger(expected));
    }

    @Test
    void floatsAsPythonFloatReadsThem() {
        assertThat((Double) ParameterCoercion.coerce("nan")).isNaN();
        assertThat(ParameterCoercion.coerce("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ParameterCoercion.coerce("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ParameterCoercion.coerce("1e3")).isEqualTo(1000.0);
        assertThat(ParameterCoercion.coerce("0.25")).isEqualTo(0.25);
        assertThat(ParameterCoercion.coerce(".5")).isEqualTo(0.5);
        assertThat(ParameterCoercion.coerce("1_0.5")).isEqualTo(10.5);
        assertThat(ParameterCoercion.coerce("1e400")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1__0", "_1", "1_", "0x10", "1e", "e3", "nan1", "1.2.3", "203.0.113.7", "''",
            "1 0", "infinit"})
    void everythingElseStaysAString(String text) {
        assertThat(ParameterCoercion.coerce(text)).isEqualTo(text);
    }

    @Test
    void integersLongerThanPythonsDigitLimitBecomeFloats() {
        assertThat(ParameterCoercion.coerce("9".repeat(4301))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ParameterCoercion.coerce("9".repeat(4300))).isInstanceOf(BigInteger.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.25|0.25", "1e16|1e+16", "1e15|1000000000000000.0", "0.0001|0.0001",
            "0.00001|1e-05", "1.5e300|1.5e+300", "5e-324|5e-324", "-2.5|-2.5", "100.0|100.0", "0.1|0.1",
            "123456789.123|123456789.123", "2e22|2e+22", "1.7976931348623157e308|1.7976931348623157e+308"})
    void floatReprMatchesPython(double value, String expected) {
        assertThat(PythonNumbers.repr(value)).isEqualTo(expected);
    }
}
