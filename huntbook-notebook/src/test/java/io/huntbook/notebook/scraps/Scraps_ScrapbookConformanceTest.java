package io.huntbook.notebook.scraps;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Notebooks;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import org.junit.jupiter.api.Test;

/** What scrapbook 0.5 wrote reads back with every scrap (testdata/papermill/README.md), the displayed one included. */
@ConformanceTest
class Scraps_ScrapbookConformanceTest {
    @Test
    void readsAllFiveScrapsWithTheirDataAndTheDisplayScrapbookLoses() {
        ScrapReport report = Scraps.read(Notebooks.read(TestData.path("papermill/executed/scraps.ipynb")));
        assertThat(report.problems()).isEmpty();
        assertThat(report.scraps()).extracting(Scrap::name)
                .containsExactly("finding", "finding_desc", "counts", "score", "shown");
        assertThat(report.get("finding").orElseThrow().data().booleanValue()).isTrue();
        assertThat(report.get("finding").orElseThrow().encoder()).isEqualTo("json");
        assertThat(report.get("finding_desc").orElseThrow().data().textValue()).isEqualTo("two TI hits for 203.0.113.7");
        assertThat(report.get("finding_desc").orElseThrow().encoder()).isEqualTo("text");
        assertThat(report.get("counts").orElseThrow().data().toString()).isEqualTo("{\"geo\":[\"GB\",\"SE\"],\"ti\":2}");
        assertThat(report.get("score").orElseThrow().data().doubleValue()).isEqualTo(7.5);
        Scrap shown = report.get("shown").orElseThrow();
        assertThat(shown.data().textValue()).isEqualTo("visible text");
        assertThat(shown.display().path("text/plain").textValue()).isEqualTo("'visible text'");
    }
}
