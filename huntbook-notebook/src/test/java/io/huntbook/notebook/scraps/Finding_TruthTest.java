package io.huntbook.notebook.scraps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Finding_TruthTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "-0.5", "[1]", "{\"a\": 1}", "\"yes\"", "\"malicious\"", "\"FALSEY\""})
    void truthyValuesAreFindings(String json) throws Exception {
        assertThat(Finding.truthy(JSON.readTree(json))).as(json).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "0.0", "[]", "{}", "\"\"", "\"false\"", "\"No\"", "\"0\"", "\"FALSE\"", "null"})
    void falsyValuesAreNotFindings(String json) throws Exception {
        assertThat(Finding.truthy(JSON.readTree(json))).as(json).isFalse();
    }

    @Test
    void titleDescriptionAndSeverityComeFromTheirScraps() {
        ScrapReport report = new ScrapReport(List.of(
                scrap("finding", JSON.getNodeFactory().booleanNode(true)),
                scrap("finding_title", JSON.getNodeFactory().textNode("Bad IP")),
                scrap("finding_desc", JSON.getNodeFactory().textNode("seen 3 times")),
                scrap("severity", JSON.getNodeFactory().textNode("high"))), List.of());
        assertThat(Finding.of(report)).contains(new Finding("Bad IP", "seen 3 times", "high"));
    }

    @Test
    void aFalseOrMissingFindingIsNone() {
        assertThat(Finding.of(new ScrapReport(List.of(scrap("finding", JSON.getNodeFactory().textNode("no"))),
                List.of()))).isEmpty();
        assertThat(Finding.of(new ScrapReport(List.of(scrap("severity", JSON.getNodeFactory().textNode("high"))),
                List.of()))).isEmpty();
    }

    private static Scrap scrap(String name, JsonNode data) {
        return new Scrap(name, data, "json", null);
    }
}
