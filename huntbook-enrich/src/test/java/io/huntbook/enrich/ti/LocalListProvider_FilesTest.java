package io.huntbook.enrich.ti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalListProvider_FilesTest {
    @TempDir
    Path dir;

    private TiLookup lookup(Path... files) {
        return TiLookup.builder().primary(LocalListProvider.of("LocalList", List.of(files))).build();
    }

    @Test
    void csvListWithBomAndMixedCaseHeaders() throws Exception {
        Path csv = dir.resolve("ti.csv");
        Files.writeString(csv, "\uFEFFioc,IOCTYPE,Severity,Description\n"
                + "203.0.113.66,ipv4,high,C2 server\n"
                + "Evil-Domain.example,dns,warning,\"phishing, maybe\"\n"
                + "198.51.100.0/24,ipv4,high,bulletproof hosting\n");
        TiLookup ti = lookup(csv);
        LookupResult ip = ti.lookup("203.0.113.66", "ipv4").get(0);
        assertThat(ip.result()).isTrue();
        assertThat(ip.severity()).isEqualTo(Severity.HIGH);
        assertThat(ip.details().path("Description").asText()).isEqualTo("C2 server");
        assertThat(ti.lookup("evil-domain.EXAMPLE.", "dns").get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(ti.lookup("198.51.100.77", "ipv4").get(0).details().path("Description").asText())
                .isEqualTo("bulletproof hosting");
        LookupResult clean = ti.lookup("192.0.2.200", "ipv4").get(0);
        assertThat(clean.succeeded()).isTrue();
        assertThat(clean.result()).isFalse();
        assertThat(clean.severity()).isEqualTo(Severity.INFORMATION);
    }

    @Test
    void feedSeverityWordsAndADetailsColumnAreRead() throws Exception {
        Path csv = dir.resolve("feed.csv");
        Files.writeString(csv, "Ioc,IocType,Severity,Details\n203.0.113.45,ipv4,medium,spray source\n"
                + "192.0.2.200,ipv4,low,scanner\nbad.example,dns,Critical,c2\n");
        TiLookup ti = lookup(csv);
        assertThat(ti.lookup("203.0.113.45", "ipv4").get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(ti.lookup("192.0.2.200", "ipv4").get(0).severity()).isEqualTo(Severity.INFORMATION);
        assertThat(ti.lookup("bad.example", "dns").get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(ti.lookup("203.0.113.45", "ipv4").get(0).details().path("Description").asText())
                .isEqualTo("spray source");
    }

    @Test
    void aListedIndicatorOfAnotherTypeIsNotAHit() throws Exception {
        Path csv = dir.resolve("ti.csv");
        Files.writeString(csv, "Ioc,IocType,Severity\nabc.example,url,high\n");
        assertThat(lookup(csv).lookup("abc.example", "dns").get(0).result()).isFalse();
    }

    @Test
    void jsonLinesAndArrays() throws Exception {
        Path jsonl = dir.resolve("ti.jsonl");
        Files.writeString(jsonl, "{\"Ioc\":\"bad.example\",\"Severity\":\"high\"}\n{\"Ioc\":\"meh.example\",\"Severity\":\"information\"}\n");
        Path array = dir.resolve("ti.json");
        Files.writeString(array, "[{\"Observable\":\"44d88612fea8a8f36de82e1278abb02f\",\"IocType\":\"md5_hash\"}]");
        TiLookup ti = lookup(jsonl, array);
        assertThat(ti.lookup("bad.example", "dns").get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(ti.lookup("44D88612FEA8A8F36DE82E1278ABB02F", "md5_hash").get(0).result()).isTrue();
    }

    @Test
    void stixBundleIndicators() throws Exception {
        Path stix = dir.resolve("bundle.json");
        Files.writeString(stix, """
                {"type": "bundle", "id": "bundle--1", "objects": [
                  {"type": "indicator", "spec_version": "2.1", "id": "indicator--a", "name": "C2 domain",
                   "indicator_types": ["malicious-activity"],
                   "pattern": "[domain-name:value = 'c2.example'] OR [ipv4-addr:value = '203.0.113.9']",
                   "pattern_type": "stix", "valid_from": "2026-01-01T00:00:00Z"},
                  {"type": "indicator", "spec_version": "2.1", "id": "indicator--b", "indicator_types": ["anomalous-activity"],
                   "pattern": "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
                   "pattern_type": "stix", "valid_from": "2026-01-01T00:00:00Z"},
                  {"type": "malware", "id": "malware--c", "name": "ignored", "is_family": true}
                ]}
                """);
        TiLookup ti = lookup(stix);
        assertThat(ti.lookup("c2.example", "dns").get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(ti.lookup("203.0.113.9", "ipv4").get(0).details().path("Source").asText()).isEqualTo("indicator--a");
        assertThat(ti.lookup("aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f", "sha256_hash")
                .get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aRowWithoutAnIndicatorNamesFileAndLine() throws Exception {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "Ioc,Severity\ngood.example,high\n,high\n");
        assertThatThrownBy(() -> LocalListProvider.of("L", List.of(csv)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("broken.csv:3");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> LocalListProvider.of("L", List.of(dir.resolve("nope.csv"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
    }
}
