package io.huntbook.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What notebook code publishes, as the engine's side channel receives it. */
class NotebookRuntime_OutputsTest {
    private record Published(MimeBundle bundle, String displayId, boolean update) {}

    private final List<Published> published = new ArrayList<>();

    @BeforeEach
    void capture() {
        NotebookRuntime.installSink((bundle, id, update) -> published.add(new Published(bundle, id, update)));
    }

    @AfterEach
    void release() {
        NotebookRuntime.installSink((bundle, id, update) -> { });
    }

    @Test
    void glueWritesScrapbooksPayloadWithTheTextOrJsonEncoder() {
        NotebookRuntime.glue("finding_desc", "two TI hits");
        NotebookRuntime.glue("score", 7.5);
        String text = Json.write(published.get(0).bundle().data());
        assertThat(text).isEqualTo("{\"application/scrapbook.scrap.text+json\":{\"name\":\"finding_desc\","
                + "\"data\":\"two TI hits\",\"encoder\":\"text\",\"version\":1}}");
        assertThat(Json.write(published.get(0).bundle().metadata()))
                .isEqualTo("{\"scrapbook\":{\"name\":\"finding_desc\",\"data\":true,\"display\":false}}");
        assertThat(Json.write(published.get(1).bundle().data())).contains("\"data\":7.5,\"encoder\":\"json\"");
    }

    @Test
    void glueWithDisplayAddsAVisibleOutputNamedForTheScrap() {
        NotebookRuntime.glue("shown", "visible text", true);
        assertThat(published).hasSize(2);
        assertThat(published.get(1).bundle().plainText()).isEqualTo("visible text");
        assertThat(Json.write(published.get(1).bundle().metadata()))
                .isEqualTo("{\"scrapbook\":{\"name\":\"shown\",\"data\":false,\"display\":true}}");
    }

    @Test
    void everyDisplayedBundleCarriesPlainText() {
        NotebookRuntime.display(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
        NotebookRuntime.display(Map.of("k", 1), "application/json");
        NotebookRuntime.displayBundle(Map.of("text/plain", "raw", "text/csv", "a,b"));
        NotebookRuntime.html("<p>a &lt; b</p><script>x()</script>");
        assertThat(published).allSatisfy(p -> assertThat(p.bundle().data()).containsKey("text/plain"));
        assertThat(published.get(0).bundle().data()).containsKey("image/png");
        assertThat(published.get(3).bundle().plainText()).isEqualTo("a < b");
        assertThatThrownBy(() -> NotebookRuntime.displayBundle(Map.of("text/html", "<b>x</b>")))
                .hasMessageContaining("text/plain");
    }

    @Test
    void updateDisplayKeepsTheIdAndSaysItIsAnUpdate() {
        NotebookRuntime.displayWithId("progress", "10%");
        NotebookRuntime.updateDisplay("progress", "100%");
        assertThat(published.get(1)).isEqualTo(new Published(MimeBundle.text("100%"), "progress", true));
    }

    @Test
    void jsonEscapesControlCharactersAndWritesNaNAsNull() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "a\"b\\c\n\u0001\u2028é");
        value.put("nan", Double.NaN);
        value.put("list", List.of(1, true));
        value.put("nothing", null);
        assertThat(Json.write(value)).isEqualTo(
                "{\"s\":\"a\\\"b\\\\c\\n\\u0001\\u2028é\",\"nan\":null,\"list\":[1,true],\"nothing\":null}");
    }

    @Test
    void secretWithoutASourceSaysSoInsteadOfReturningNothing() {
        assertThatThrownBy(() -> NotebookRuntime.secret("vt_key")).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("no secret source is installed");
    }
}
