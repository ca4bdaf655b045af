package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The other languages, by their exact text (their toolchains may be absent); NaN and infinities included. */
class Translators_GoldenTextTest {
    private static Map<String, SuppliedValue> sample() {
        Map<String, SuppliedValue> values = new LinkedHashMap<>();
        values.put("s", SuppliedValue.of("it's \"$HOME\" \\ é\n\u0001"));
        values.put("n", SuppliedValue.of(null));
        values.put("t", SuppliedValue.of(true));
        values.put("i", SuppliedValue.of(BigInteger.valueOf(-7)));
        values.put("big", SuppliedValue.of(new BigInteger("123456789012345678901234567890")));
        values.put("f", SuppliedValue.of(1e16));
        values.put("nan", SuppliedValue.of(Double.NaN));
        values.put("inf", SuppliedValue.of(Double.POSITIVE_INFINITY));
        values.put("ninf", SuppliedValue.of(Double.NEGATIVE_INFINITY));
        values.put("l", SuppliedValue.of(List.of("a", BigInteger.ONE)));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", 2.5);
        values.put("m", SuppliedValue.of(map));
        return values;
    }

    private static String codify(KernelLanguage language, Map<String, SuppliedValue> values) {
        return ParameterTranslator.of(language).codify(values, List.of());
    }

    @Test
    void kotlin() {
        assertThat(codify(KernelLanguage.KOTLIN, sample())).isEqualTo("""
                // Parameters
                val s = "it's \\"\\$HOME\\" \\\\ é\\n\\u0001"
                val n = null
                val t = true
                val i = -7
                val big = java.math.BigInteger("123456789012345678901234567890")
                val f = 1.0E16
                val nan = Double.NaN
                val inf = Double.POSITIVE_INFINITY
                val ninf = Double.NEGATIVE_INFINITY
                val l = listOf("a", 1)
                val m = mapOf("k" to 2.5)
                """);
    }

    @Test
    void scala() {
        assertThat(codify(KernelLanguage.SCALA, sample())).isEqualTo("""
                // Parameters
                val s = "it's \\"$HOME\\" \\\\ é\\n\\u0001"
                val n = null
                val t = true
                val i = -7
                val big = BigInt("123456789012345678901234567890")
                val f = 1.0E16
                val nan = Double.NaN
                val inf = Double.PositiveInfinity
                val ninf = Double.NegativeInfinity
                val l = List("a", 1)
                val m = Map("k" -> 2.5)
                """);
    }

    @Test
    void r() {
        assertThat(codify(KernelLanguage.R, sample())).isEqualTo("""
                # Parameters
                s = "it's \\"$HOME\\" \\\\ é\\n\\u{1}"
                n = NULL
                t = TRUE
                i = -7
                big = 123456789012345678901234567890
                f = 1e+16
                nan = NaN
                inf = Inf
                ninf = -Inf
                l = list("a", 1)
                m = list("k" = 2.5)
                """);
    }

    @Test
    void julia() {
        assertThat(codify(KernelLanguage.JULIA, sample())).isEqualTo("""
                # Parameters
                s = "it's \\"\\$HOME\\" \\\\ é\\n\\x01"
                n = nothing
                t = true
                i = -7
                big = 123456789012345678901234567890
                f = 1e+16
                nan = NaN
                inf = Inf
                ninf = -Inf
                l = ["a", 1]
                m = Dict("k" => 2.5)
                """);
    }

    @Test
    void bash() {
        assertThat(codify(KernelLanguage.BASH, sample())).isEqualTo("""
                # Parameters
                s='it'"'"'s "$HOME" \\ é
                \u0001'
                n=''
                t=true
                i=-7
                big=123456789012345678901234567890
                f=1e+16
                nan=nan
                inf=inf
                ninf=-inf
                l=(a 1)
                declare -A m=([k]=2.5)
                """);
    }

    @Test
    void powershell() {
        assertThat(codify(KernelLanguage.POWERSHELL, sample())).isEqualTo("""
                # Parameters
                $s = ([string]'it''s "$HOME" \\ é' + [char]0xa + [char]0x1)
                $n = $null
                $t = $true
                $i = -7
                $big = [bigint]'123456789012345678901234567890'
                $f = 1e+16
                $nan = [double]::NaN
                $inf = [double]::PositiveInfinity
                $ninf = [double]::NegativeInfinity
                $l = @('a', 1)
                $m = [ordered]@{'k' = 2.5}
                """);
    }

    @Test
    void valuesALanguageCannotHoldAreRefused() {
        Map<String, SuppliedValue> nul = new LinkedHashMap<>();
        nul.put("s", SuppliedValue.of("a\u0000b"));
        assertThatThrownBy(() -> codify(KernelLanguage.R, nul)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> codify(KernelLanguage.BASH, nul)).isInstanceOf(BadInputException.class);
        Map<String, SuppliedValue> badName = new LinkedHashMap<>();
        badName.put("x=$(id)", SuppliedValue.of("1"));
        for (KernelLanguage language : KernelLanguage.values()) {
            assertThatThrownBy(() -> codify(language, badName)).as(language.name())
                    .isInstanceOf(BadInputException.class).hasMessageContaining("identifier");
        }
    }
}
