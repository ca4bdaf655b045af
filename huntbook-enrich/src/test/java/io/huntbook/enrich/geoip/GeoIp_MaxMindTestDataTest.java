package io.huntbook.enrich.geoip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.BadInputException;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MaxMind's own test databases, with the source JSON they were built from as the truth. */
@ConformanceTest
class GeoIp_MaxMindTestDataTest {
    private final Path folder = TestData.path("maxmind");

    @Test
    void londonAndLinkopingAsMaxMindSays() throws Exception {
        try (GeoIp geoIp = GeoIp.open(new GeoIpSettings(folder, "GeoIP2-City-Test.mmdb", null, "GeoLite2-ASN-Test.mmdb"))) {
            GeoLocation london = geoIp.lookup("81.2.69.142");
            assertThat(london.countryCode()).isEqualTo("GB");
            assertThat(london.city()).isEqualTo("London");
            GeoLocation linkoping = geoIp.lookup("89.160.20.112");
            assertThat(linkoping.countryCode()).isEqualTo("SE");
            assertThat(linkoping.city()).isEqualTo("Linköping");
            assertThat(linkoping.asn()).isEqualTo(29518L);
        }
    }

    @Test
    void everyCityInTheSourceDataIsFoundAtItsNetwork() throws Exception {
        JsonNode source = new ObjectMapper().readTree(TestData.path("maxmind/GeoIP2-City-Test.source.json").toFile());
        int checked = 0;
        try (GeoIp geoIp = GeoIp.open(new GeoIpSettings(folder, "GeoIP2-City-Test.mmdb", null, null))) {
            for (JsonNode entry : source) {
                entry.fields().forEachRemaining(e -> {
                    String network = e.getKey();
                    JsonNode expected = e.getValue();
                    String ip = network.substring(0, network.indexOf('/'));
                    GeoLocation actual = geoIp.lookup(ip);
                    assertThat(actual.countryCode()).as(network)
                            .isEqualTo(expected.path("country").path("iso_code").textValue());
                    assertThat(actual.city()).as(network)
                            .isEqualTo(expected.path("city").path("names").path("en").textValue());
                });
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void severalCityDatabasesWithoutCityDbIsAnErrorListingThem() {
        assertThatThrownBy(() -> GeoIp.open(new GeoIpSettings(folder, null, null, null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("GeoIP2-City-Test.mmdb")
                .hasMessageContaining("GeoLite2-City-Test.mmdb");
    }

    @Test
    void brokenDatabaseIsAClearError() {
        assertThatThrownBy(() -> {
            try (GeoIp geoIp = GeoIp.open(new GeoIpSettings(folder, "MaxMind-DB-test-broken-search-tree-24.mmdb", null, null))) {
                geoIp.lookup("1.1.1.1");
            }
        }).isInstanceOf(RuntimeException.class).hasMessageContaining("MaxMind-DB-test-broken-search-tree-24.mmdb");
    }
}
