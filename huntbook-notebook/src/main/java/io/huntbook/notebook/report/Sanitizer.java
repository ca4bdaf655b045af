package io.huntbook.notebook.report;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans untrusted HTML (outputs carry attacker-controlled log data; markdown may hold raw HTML) with a jsoup safelist
 * and then a second pass that keeps the page offline: no script, no event handler, no style, class or id (so nothing
 * can restyle or impersonate the report), no frame or form, images only as {@code data:image/...} URIs, and links only
 * to anchors in the page (and, in markdown the author wrote, to {@code http(s):} and {@code mailto:}).
 */
final class Sanitizer {
    private Sanitizer() {}

    private static final Pattern DATA_IMAGE = Pattern.compile(
            "(?i)^data:image/(?:png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/=\\s]*$");
    private static final Pattern WEB_LINK = Pattern.compile("(?i)^(?:https?:|mailto:)[^\\s]*$");
    private static final Pattern ANCHOR = Pattern.compile("^#[A-Za-z0-9_-]+$");

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeAttributes("blockquote", "cite")
            .removeAttributes("q", "cite")
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "data")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("table", "border")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(false);

    /** Where markdown and outputs come from, which decides whether web links survive. */
    enum Links {
        /** Markdown cells: the notebook's author wrote them, so links to the web stay (the page loads none). */
        WEB,
        /** Outputs: attacker-controlled data, so only anchors in the page stay; other links become their text. */
        ANCHORS_ONLY
    }

    /** Clean HTML for an output or a markdown cell. */
    static String clean(String html, Links links) {
        return clean(html, links, src -> Optional.empty());
    }

    /**
     * Clean HTML; {@code images} may turn an image source (such as {@code attachment:name}) into a data URI before
     * cleaning.
     */
    static String clean(String html, Links links, Function<String, Optional<String>> images) {
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element img : dirty.select("img[src]")) {
            images.apply(img.attr("src")).ifPresent(uri -> img.attr("src", uri));
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element img : clean.select("img")) {
            if (!DATA_IMAGE.matcher(img.attr("src")).matches()) {
                img.replaceWith(new TextNode(img.attr("alt")));
            }
        }
        for (Element a : clean.select("a")) {
            String href = a.attr("href");
            if (ANCHOR.matcher(href).matches()) {
                continue;
            }
            if (links == Links.WEB && WEB_LINK.matcher(href).matches()) {
                a.attr("rel", "noopener noreferrer nofollow");
                continue;
            }
            a.unwrap();
        }
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return clean.body().html();
    }
}
