package io.huntbook.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Floats in notebook metadata (papermill durations, parameters) are written as Python's {@code repr} writes them. */
class PythonJson_FloatReprTest {
    // Expected values were printed by Debian's python3: json.dumps(float.fromhex(hex)).
    @ParameterizedTest
    @CsvSource({
        "0x0.0p+0, 0.0", "-0x0.0p+0, -0.0", "0x1.0p+0, 1.0", "-0x1.8p+0, -1.5", "0x1.999999999999ap-4, 0.1",
        "0x1.a36e2eb1c432dp-14, 0.0001", "0x1.4f8b588e368f1p-17, 1e-05", "0x1.d6f3454p+26, 123456789.0",
        "0x1.c6bf52634p+49, 1000000000000000.0", "0x1.1c37937e08p+53, 1e+16",
        "0x1.5ee2a2eb5a5c4p+53, 1.2345678901234568e+16", "0x1.0f0cf064dd592p+73, 1e+22",
        "0x1.52d02c7e14af6p+76, 1e+23", "0x0.0000000000001p-1022, 5e-324",
        "0x1.fffffffffffffp+1023, 1.7976931348623157e+308", "0x1.12e0be826d695p-32, 2.5e-10",
        "0x1.9p+6, 100.0", "0x1.3333333333333p-2, 0.3", "0x1.5555555555555p-2, 0.3333333333333333",
        "0x1.179ec9cbd821ep-14, 6.666666666666667e-05", "0x1.78c2p+23, 12345600.0",
        "0x1.0p+53, 9007199254740992.0", "0x1.3a92a30553262p-12, 0.00030000000000000003",
        "0x1.56a95319d63e1p+63, 1.2345678901234567e+19", "0x1.01f31f46ed246p-13, 0.000123"
    })
    void floatsAreWrittenLikePythonRepr(String hex, String python) {
        assertThat(PythonJson.floatRepr(Double.parseDouble(hex))).isEqualTo(python);
    }

    @ParameterizedTest
    @CsvSource({"NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity"})
    void nonFiniteFloatsAreBareTokensLikePython(String java, String python) {
        assertThat(PythonJson.floatRepr(Double.parseDouble(java))).isEqualTo(python);
    }
}
