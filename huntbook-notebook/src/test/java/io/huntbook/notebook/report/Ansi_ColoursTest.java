package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ANSI colours in tracebacks become spans; the text is escaped first. */
class Ansi_ColoursTest {
    @Test
    void basicColoursAndBoldBecomeClasses() {
        assertThat(Ansi.toHtml("\u001b[1;31mError\u001b[0m: x"))
                .isEqualTo("<span class=\"ansi-red ansi-bold\">Error</span>: x");
    }

    @Test
    void textIsEscapedInsideAndOutsideSpans() {
        assertThat(Ansi.toHtml("<b>\u001b[32m\"&'\u001b[39m</b>"))
                .isEqualTo("&lt;b&gt;<span class=\"ansi-green\">&quot;&amp;&#39;</span>&lt;/b&gt;");
    }

    @Test
    void extendedColoursAreComputedFromNumbersOnly() {
        assertThat(Ansi.toHtml("\u001b[38;5;196mr\u001b[48;2;1;2;300mg\u001b[0m"))
                .isEqualTo("<span style=\"color:rgb(255,0,0);\">r</span>"
                        + "<span style=\"color:rgb(255,0,0);background-color:rgb(1,2,255);\">g</span>");
    }

    @Test
    void otherEscapeSequencesAndControlCharactersAreDropped() {
        assertThat(Ansi.toHtml("a\u001b[2Kb\u001b]0;title\u0007c\u0000d")).isEqualTo("abcd");
    }

    @Test
    void brightAndBackgroundColours() {
        assertThat(Ansi.toHtml("\u001b[94;41mx")).isEqualTo("<span class=\"ansi-bright-blue ansi-bg-red\">x</span>");
    }
}
