package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTranslator_PapermillTextTest {
    private static String codify(ParameterSources sources) {
        return ParameterTranslator.of(KernelLanguage.PYTHON).codify(sources.resolve(), List.of());
    }

    @Test
    void coercedValuesAsPapermillWritesThem() {
        assertThat(codify(ParameterSources.create().value("days", "1_000").value("threshold", "nan")
                .value("ws_name", "true").value("ip_address", " 7 ").value("verbose", "inf")
                .value("neg", "-inf").value("flag", "True").value("none", "None")))
                .isEqualTo("# Parameters\ndays = 1000\nthreshold = float('nan')\nws_name = \"true\"\nip_address = 7\n"
                        + "verbose = float('inf')\nneg = float('-inf')\nflag = True\nnone = None\n");
    }

    @Test
    void stringsGoThroughUnicodeEscape() {
        var values = new LinkedHashMap<String, SuppliedValue>();
        values.put("s", SuppliedValue.of("quote \" back\\\\slash\nnewline é€😀\u0000\u007f'"));
        assertThat(ParameterTranslator.of(KernelLanguage.PYTHON).codify(values, List.of()))
                .isEqualTo("# Parameters\ns = \"quote \\\" back\\\\\\\\slash\\nnewline \\xe9\\u20ac\\U0001f600\\x00\\x7f'\"\n");
    }

    @Test
    void nestedValuesAndNonStringKeys() {
        assertThat(codify(ParameterSources.create().yaml("n: {a: 1, 2: [true, null, 2.5], ~: x}")))
                .isEqualTo("# Parameters\nn = {\"a\": 1, \"2\": [True, None, 2.5], \"None\": \"x\"}\n");
    }

    @Test
    void integersPythonCannotReadAreRefused() {
        assertThatThrownBy(() -> codify(ParameterSources.create().yaml("n: 0x" + "f".repeat(4000))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("more than Python reads (4300)");
    }

    @Test
    void namesThatAreNotIdentifiersAreRefused() {
        assertThatThrownBy(() -> codify(ParameterSources.create().value("x = 1; import os; y", "1")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a Python identifier");
        assertThatThrownBy(() -> codify(ParameterSources.create().value("class", "1")))
                .isInstanceOf(BadInputException.class);
    }
}
