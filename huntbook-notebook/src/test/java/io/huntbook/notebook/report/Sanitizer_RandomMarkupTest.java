package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random mixes of dangerous tags, attributes and URLs never leave anything active or remote in an output. */
class Sanitizer_RandomMarkupTest {
    private static final List<String> TAGS = List.of("script", "img", "a", "svg", "iframe", "style", "div", "table",
            "td", "form", "input", "object", "embed", "math", "noscript", "template", "body", "meta", "link", "base",
            "p", "b", "details", "video", "source", "textarea", "title", "xmp", "plaintext");
    private static final List<String> ATTRS = List.of("onerror", "onload", "onclick", "OnMouseOver", "src", "href",
            "style", "class", "id", "action", "formaction", "data", "srcset", "xlink:href", "background", "poster",
            "http-equiv", "content", "srcdoc", "cite");
    private static final List<String> VALUES = List.of("javascript:alert(1)", "JaVaScRiPt&colon;x", " javascript:x",
            "java\tscript:x", "data:text/html,<script>x</script>", "http://evil.example/x.png", "//evil.example",
            "background:url(http://evil.example)", "x\" onerror=\"alert(1)", "#ok", "data:image/png;base64,AAAA",
            "vbscript:x", "0;url=http://evil.example");

    private static String markup(SplittableRandom random) {
        StringBuilder html = new StringBuilder();
        int elements = 1 + random.nextInt(8);
        for (int i = 0; i < elements; i++) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            html.append('<').append(tag);
            int attrs = random.nextInt(4);
            for (int j = 0; j < attrs; j++) {
                html.append(' ').append(ATTRS.get(random.nextInt(ATTRS.size()))).append("=\"")
                        .append(VALUES.get(random.nextInt(VALUES.size())).replace("\"", "&quot;")).append('"');
            }
            html.append('>');
            if (random.nextBoolean()) {
                html.append(PropertyCheck.anyString(random, 12));
            }
            if (random.nextBoolean()) {
                html.append("</").append(tag).append('>');
            }
        }
        return html.toString();
    }

    @Test
    void outputsStayInertAndOffline() {
        PropertyCheck.forAll(500, Sanitizer_RandomMarkupTest::markup, html -> {
            String page = "<html><head></head><body>" + Sanitizer.clean(html, Sanitizer.Links.ANCHORS_ONLY)
                    + "</body></html>";
            assertThat(OfflineCheck.problems(page)).as(html).isEmpty();
        });
    }

    @Test
    void markdownStaysInertAndLoadsNothing() {
        PropertyCheck.forAll(500, Sanitizer_RandomMarkupTest::markup, html -> {
            String page = "<html><head></head><body>" + Markdown.toHtml("text\n\n" + html + "\n", null)
                    + "</body></html>";
            // Markdown keeps web links (they load nothing by themselves); everything else must be inert.
            assertThat(OfflineCheck.problems(page)).as(html)
                    .allMatch(p -> p.matches("href=\"(https?:|mailto:)[^\"]*\" on <a>"));
        });
    }
}
