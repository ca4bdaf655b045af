package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class TableWriter_FormatsTest {
    private final DataFrame frame = DataFrame.byArrayRow("Name", "When", "Score", "Tags")
            .appender()
            .append("Zoë, \"the\" analyst", Instant.parse("2026-11-27T10:00:00Z"), Double.NaN, List.of("a", "b"))
            .append("plain", LocalDateTime.parse("2026-11-27T11:30:00"), 2.5, Map.of("k", 1))
            .toDataFrame();

    private String write(TableFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(frame, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsAnArrayOfRowObjectsWithKeysInColumnOrder() throws Exception {
        String text = write(TableFormat.JSON);
        JsonNode rows = new ObjectMapper().readTree(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("Name", "When", "Score", "Tags");
        assertThat(rows.get(0).get("When").asText()).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(rows.get(0).get("Score").isNull()).isTrue();
        assertThat(rows.get(0).get("Tags").isArray()).isTrue();
        assertThat(rows.get(1).get("When").asText()).isEqualTo("2026-11-27T11:30:00Z");
        assertThat(rows.get(1).get("Tags").get("k").asInt()).isEqualTo(1);
        assertThat(text).contains("Zoë").doesNotContain("\\u00eb");
    }

    @Test
    void jsonLinesWritesOneObjectPerLine() throws Exception {
        List<String> lines = write(TableFormat.JSONL).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("Score").asDouble()).isEqualTo(2.5);
    }

    @Test
    void csvQuotesFieldsAsRfc4180() {
        String csv = write(TableFormat.CSV);
        assertThat(csv).startsWith("Name,When,Score,Tags\r\n");
        assertThat(csv).contains("\"Zoë, \"\"the\"\" analyst\",2026-11-27T10:00:00Z,,\"[\"\"a\"\",\"\"b\"\"]\"\r\n");
    }

    @Test
    void tableAlignsColumnsForPeople() {
        List<String> lines = write(TableFormat.TABLE).lines().toList();
        assertThat(lines.get(0)).startsWith("Name");
        assertThat(lines.get(1)).startsWith("----");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("(2 rows)");
    }
}
