package io.huntbook.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Untrusted text cannot open markup or leave an attribute once escaped; everything else is kept. */
class HtmlText_EscapeTest {
    @Test
    void markupAndQuotesAreEscapedAndTheRestKept() {
        assertThat(HtmlText.escape("<script>alert('x' & \"y\")</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
        assertThat(HtmlText.escape("Ünïcode 203.0.113.7\ttab\nline")).isEqualTo("Ünïcode 203.0.113.7\ttab\nline");
        assertThat(HtmlText.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void aPagesOwnTextLosesControlCharactersButKeepsTabsAndLineFeeds() {
        StringBuilder out = new StringBuilder();
        HtmlText.escapePageTextTo("a\u0000b\u001b[31m<c>\td\r\n", out);
        assertThat(out).hasToString("ab[31m&lt;c&gt;\td\n");
        assertThat(HtmlText.escape("a\u0000b")).isEqualTo("a\u0000b");
    }
}
