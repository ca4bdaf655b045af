package io.huntbook.notebook.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Markdown (CommonMark with GFM tables) to sanitised HTML. Raw HTML in the markdown is rendered, then cleaned with
 * the same safelist as outputs; {@code attachment:} images become data URIs.
 */
final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern IMAGE_TYPE = Pattern.compile("image/(?:png|jpeg|gif|webp)");

    private Markdown() {}

    static String toHtml(String markdown, @Nullable JsonNode attachments) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return Sanitizer.clean(html, Sanitizer.Links.WEB, src -> attachment(src, attachments));
    }

    private static Optional<String> attachment(String src, @Nullable JsonNode attachments) {
        if (attachments == null || !src.startsWith("attachment:")) {
            return Optional.empty();
        }
        JsonNode bundle = attachments.get(src.substring("attachment:".length()));
        if (bundle == null || !bundle.isObject()) {
            return Optional.empty();
        }
        for (var it = bundle.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (IMAGE_TYPE.matcher(entry.getKey()).matches() && entry.getValue().isTextual()) {
                return Optional.of("data:" + entry.getKey() + ";base64," + entry.getValue().textValue().strip());
            }
        }
        return Optional.empty();
    }
}
