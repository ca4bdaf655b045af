package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlParameters_Yaml11Test {
    @Test
    void scalarsResolveAsPyYamlSafeLoaderWithoutTimestamps() {
        var p = YamlParameters.parse("""
                a: 1e+21
                b: 1.0e+3
                c: yes
                d: off
                e: 017
                f: 1_000
                g: 2024-01-02
                h: 0x1F
                i: 190:20:30
                j: .inf
                k: -.Inf
                l: ~
                m:
                n: 0b101
                o: 1.0e5
                p: 08
                q: On
                r: 12:30:00.5
                """, "test");
        assertThat(p.get("a")).isEqualTo("1e+21");
        assertThat(p.get("b")).isEqualTo(1000.0);
        assertThat(p.get("c")).isEqualTo(true);
        assertThat(p.get("d")).isEqualTo(false);
        assertThat(p.get("e")).isEqualTo(BigInteger.valueOf(15));
        assertThat(p.get("f")).isEqualTo(BigInteger.valueOf(1000));
        assertThat(p.get("g")).isEqualTo("2024-01-02");
        assertThat(p.get("h")).isEqualTo(BigInteger.valueOf(31));
        assertThat(p.get("i")).isEqualTo(BigInteger.valueOf(685230));
        assertThat(p.get("j")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(p.get("k")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(p).containsEntry("l", null).containsEntry("m", null);
        assertThat(p.get("n")).isEqualTo(BigInteger.valueOf(5));
        assertThat(p.get("o")).isEqualTo("1.0e5");
        assertThat(p.get("p")).isEqualTo("08");
        assertThat(p.get("q")).isEqualTo(true);
        assertThat(p.get("r")).isEqualTo(45000.5);
    }

    @Test
    void longNumbersAreStillNumbers() {
        var p = YamlParameters.parse("a: " + "9".repeat(2000) + "\nb: 1." + "5".repeat(1500), "test");
        assertThat(p.get("a")).isEqualTo(new BigInteger("9".repeat(2000)));
        assertThat(p.get("b")).isInstanceOf(Double.class);
    }

    @Test
    void jsonIsReadByTheSameRules() {
        var p = YamlParameters.parse("{\"x\": 1e+21, \"y\": [1, \"a\", null], \"z\": {\"k\": true}}", "json");
        assertThat(p.get("x")).isEqualTo("1e+21");
        assertThat(p.get("y")).isEqualTo(java.util.Arrays.asList(BigInteger.ONE, "a", null));
        assertThat(p.get("z")).isEqualTo(Map.of("k", true));
    }

    @Test
    void escapedSurrogatePairsBecomeOneCharacter() {
        var p = YamlParameters.parse("s: \"\\ud83d\\ude00\"", "test");
        assertThat(p.get("s")).isEqualTo("😀");
        assertThatThrownBy(() -> YamlParameters.parse("s: \"\\ud83d x\"", "test"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unpaired surrogate");
    }

    @Test
    void orderIsKeptAndLaterDuplicatesWin() {
        var p = YamlParameters.parse("b: 1\na: 2\nb: 3\n", "test");
        assertThat(List.copyOf(p.keySet())).containsExactly("b", "a");
        assertThat(p.get("b")).isEqualTo(BigInteger.valueOf(3));
    }

    @Test
    void anythingButAMappingIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> YamlParameters.parse("- a\n- b", "-f p.yaml"))
                .isInstanceOf(BadInputException.class).hasMessage(
                        "-f p.yaml holds a list, not a mapping of parameters: write it as 'name: value' lines");
        assertThatThrownBy(() -> YamlParameters.parse("a: [", "-y value"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("-y value is not valid YAML");
        assertThatThrownBy(() -> YamlParameters.parse("a: !!binary aGk=", "-y value"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("cannot be parameters");
        assertThat(YamlParameters.parse("", "empty")).isEmpty();
    }
}
