package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiAndGeoIpCommandsTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void tiLookupAgainstAConfiguredLocalListReportsHighSeverity() throws Exception {
        Files.writeString(dir.resolve("list.csv"), "Ioc,IocType,Severity,Description\n203.0.113.66,ipv4,high,C2\n");
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, """
                TIProviders:
                  Corporate:
                    Provider: LocalList
                    Primary: true
                    Args:
                      Files: list.csv
                """);
        CliRun run = CliRun.of("ti", "lookup", "203.0.113[.]66", "198.51.100.1", "--config", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = json.readTree(run.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("Ioc").asText()).isEqualTo("203.0.113.66");
        assertThat(rows.get(0).get("Provider").asText()).isEqualTo("Corporate");
        assertThat(rows.get(0).get("Severity").asText()).isEqualTo("high");
        assertThat(rows.get(1).get("Result").asBoolean()).isFalse();
    }

    @Test
    void unavailableVendorProvidersAreSkippedWithAWarningAndListedAsSuch() throws Exception {
        Files.writeString(dir.resolve("list.csv"), "Ioc,Severity\nbad-c2.top,high\n");
        Path config = dir.resolve("msticpyconfig.yaml");
        Files.writeString(config, """
                TIProviders:
                  Pulsedive:
                    Args:
                      AuthKey:
                        EnvironmentVar: PULSEDIVE_KEY
                    Primary: true
                    Provider: Pulsedive
                  Local:
                    Provider: LocalList
                    Primary: true
                    Args:
                      Files: [list.csv]
                """);
        CliRun lookup = CliRun.of("--config", config.toString(), "ti", "lookup", "bad-c2.top", "--format", "csv");
        assertThat(lookup.exitCode()).as(lookup.err()).isZero();
        assertThat(lookup.err()).contains("Pulsedive").contains("not available in this version");
        assertThat(lookup.out()).contains("bad-c2.top,dns,bad-c2[.]top,,Local,true,high");
        CliRun providers = CliRun.of("--config", config.toString(), "ti", "providers", "--json");
        JsonNode rows = json.readTree(providers.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("Available").asBoolean()).isFalse();
        assertThat(rows.get(1).get("Available").asBoolean()).isTrue();
    }

    @Test
    void aMissingListIsOneLineAndExit2() {
        CliRun run = CliRun.of("ti", "lookup", "bad-c2.top", "--list", dir.resolve("none.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).contains("does not exist");
    }

    @Test
    @ConformanceTest
    void geoipReportsLondonWithTheConfiguredCityDatabase() throws Exception {
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, """
                OtherProviders:
                  GeoIPLite:
                    Args:
                      DBFolder: %s
                      CityDB: GeoIP2-City-Test.mmdb
                """.formatted(TestData.path("maxmind")));
        CliRun run = CliRun.of("geoip", "81.2.69.142", "--config", config.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode row = json.readTree(run.out()).get(0);
        assertThat(row.get("City").asText()).isEqualTo("London");
        assertThat(row.get("CountryCode").asText()).isEqualTo("GB");
        assertThat(row.fieldNames()).toIterable().containsExactly("IpAddress", "CountryCode", "CountryOrRegionName",
                "State", "City", "Longitude", "Latitude", "Asn");
    }

    @Test
    void withNothingConfiguredTheSampleDatasThreatListAnswersOffline() throws Exception {
        var sample = io.huntbook.data.sample.SampleData.ensure(io.huntbook.data.sample.SampleData.defaultFolder(),
                io.huntbook.data.sample.SampleOptions.defaults());
        var indicators = io.huntbook.core.table.Tables.read(sample.threatIntelCsv());
        int high = 0;
        while (!indicators.getColumn("Severity").get(high).toString().equalsIgnoreCase("high")) {
            high++;
        }
        String ioc = indicators.getColumn("Ioc").get(high).toString();
        CliRun run = CliRun.of("ti", "lookup", ioc, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode row = json.readTree(run.out()).get(0);
        assertThat(row.get("Provider").asText()).isEqualTo("LocalList");
        assertThat(row.get("Result").asBoolean()).isTrue();
        assertThat(row.get("Severity").asText()).isEqualTo("high");
    }
}
