package io.huntbook.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

class PyStrings_SplitLinesTest {
    @Test
    void splitsOnEveryPythonLineBoundaryAndKeepsIt() {
        // Python: "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines(True)
        assertThat(PyStrings.splitLinesKeepEnds("a\nb\r\nc\rd\u000be\u000cf\u001cg\u001dh\u001ei\u0085j\u2028k\u2029l"))
                .containsExactly("a\n", "b\r\n", "c\r", "d\u000b", "e\u000c", "f\u001c", "g\u001d", "h\u001e", "i\u0085",
                        "j\u2028", "k\u2029", "l");
    }

    @Test
    void emptyTextHasNoLinesAndATrailingNewlineAddsNone() {
        assertThat(PyStrings.splitLinesKeepEnds("")).isEmpty();
        assertThat(PyStrings.splitLinesKeepEnds("x\n")).containsExactly("x\n");
        assertThat(PyStrings.splitLinesKeepEnds("\n\n")).containsExactly("\n", "\n");
    }

    @Test
    void joiningTheLinesGivesTheTextBack() {
        PropertyCheck.forAll(500, r -> TextGen.any(r, 60),
                text -> assertThat(String.join("", PyStrings.splitLinesKeepEnds(text))).isEqualTo(text));
    }
}
