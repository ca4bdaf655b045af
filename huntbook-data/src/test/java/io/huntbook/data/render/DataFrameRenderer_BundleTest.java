package io.huntbook.data.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.runtime.MimeBundle;
import io.huntbook.runtime.Renderer;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class DataFrameRenderer_BundleTest {
    private final DataFrame frame = DataFrame.foldByRow("Computer", "CommandLine")
            .of("web01", "powershell -enc <script>alert(1)</script>", "db02", "cmd.exe /c \"whoami\"");

    @Test
    void isFoundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::type))
                .contains(DataFrameRenderer.class);
    }

    @Test
    void rendersAnEscapedHtmlTableAndText() {
        MimeBundle bundle = new DataFrameRenderer().render(frame).orElseThrow();
        String html = (String) bundle.data().get("text/html");
        assertThat(html).contains("<th>Computer</th>").contains("<td>web01</td>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("2 rows × 2 columns");
        assertThat(bundle.plainText()).contains("web01").contains("db02");
    }

    @Test
    void longFramesShowTheirHeadAndTailAndSaySo() {
        var appender = DataFrame.byArrayRow("n").appender();
        for (int i = 0; i < 1000; i++) {
            appender.append(i);
        }
        MimeBundle bundle = new DataFrameRenderer().render(appender.toDataFrame()).orElseThrow();
        String html = (String) bundle.data().get("text/html");
        assertThat(html).contains("<td>0</td>").contains("<td>999</td>").doesNotContain("<td>500</td>")
                .contains("1000 rows × 1 column");
        assertThat(bundle.plainText()).contains("of 1000 rows");
    }

    @Test
    void scrapsGetEveryRowAsRecords() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) new DataFrameRenderer().toJson(frame).orElseThrow();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("Computer", "db02");
        assertThat(rows.get(1).keySet()).containsExactly("Computer", "CommandLine");
    }

    @Test
    void otherValuesAreNotItsBusiness() {
        assertThat(new DataFrameRenderer().render("text")).isEmpty();
    }
}
