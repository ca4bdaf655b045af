package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.scraps.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalIncidents_DeduplicatesTest {
    @TempDir
    Path dir;

    @Test
    void theSameTemplateAndIdentifierKeepOneIncident() {
        LocalIncidents store = new LocalIncidents(dir.resolve("incidents.jsonl"));
        Finding finding = new Finding("Bad IP", "seen", "high");
        var first = store.record("ip-context", "203.0.113.66", finding, dir.resolve("a.ipynb"), dir.resolve("a.html"));
        var again = store.record("ip-context", "203.0.113.66", finding, dir.resolve("b.ipynb"), null);
        var other = store.record("ip-context", "203.0.113.45", finding, dir.resolve("c.ipynb"), null);
        var otherTemplate = store.record("alert-triage", "203.0.113.66", finding, dir.resolve("d.ipynb"), null);

        assertThat(first.opened()).isTrue();
        assertThat(again.opened()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(otherTemplate.opened()).isTrue();
        var all = new LocalIncidents(dir.resolve("incidents.jsonl")).readAll();
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("title").asText()).isEqualTo("Bad IP");
        assertThat(all.get(0).get("severity").asText()).isEqualTo("high");
        assertThat(all.get(0).get("report").asText()).endsWith("a.html");
        assertThat(all.get(0).get("created").asText()).endsWith("Z");
    }
}
