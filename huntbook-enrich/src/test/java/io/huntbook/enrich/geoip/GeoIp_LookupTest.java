package io.huntbook.enrich.geoip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoIp_LookupTest {
    @TempDir
    Path folder;

    private static Map<String, Object> city(String iso, String country, String state, String city, double lat, double lon) {
        return Map.of(
                "city", Map.of("names", Map.of("en", city)),
                "country", Map.of("iso_code", iso, "names", Map.of("en", country)),
                "subdivisions", List.of(Map.of("iso_code", "X", "names", Map.of("en", state))),
                "location", Map.of("latitude", lat, "longitude", lon));
    }

    private void writeDatabases() throws Exception {
        new MmdbWriter("GeoLite2-City")
                .add("81.2.69.0/24", city("GB", "United Kingdom", "England", "London", 51.5142, -0.0931))
                .add("89.160.20.0/24", city("SE", "Sweden", "Östergötland County", "Linköping", 58.4167, 15.6167))
                .write(folder.resolve("GeoLite2-City.mmdb"));
        new MmdbWriter("GeoLite2-ASN")
                .add("89.160.20.0/24", Map.of("autonomous_system_number", 29518L,
                        "autonomous_system_organization", "Bredband2 AB"))
                .write(folder.resolve("GeoLite2-ASN.mmdb"));
    }

    @Test
    void findsCityCountryStateCoordinatesAndAsn() throws Exception {
        writeDatabases();
        try (GeoIp geoIp = GeoIp.open(new GeoIpSettings(folder, null, null, null))) {
            GeoLocation london = geoIp.lookup("81.2.69.142");
            assertThat(london.countryCode()).isEqualTo("GB");
            assertThat(london.countryOrRegionName()).isEqualTo("United Kingdom");
            assertThat(london.city()).isEqualTo("London");
            assertThat(london.state()).isEqualTo("England");
            assertThat(london.latitude()).isEqualTo(51.5142);
            GeoLocation linkoping = geoIp.lookup("89.160.20.112");
            assertThat(linkoping.city()).isEqualTo("Linköping");
            assertThat(linkoping.asn()).isEqualTo(29518L);
            assertThat(geoIp.distanceKm("81.2.69.142", "89.160.20.112").getAsDouble()).isCloseTo(1257.7, org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void unknownAddressGivesARowWithOnlyItsIp() throws Exception {
        writeDatabases();
        try (GeoIp geoIp = GeoIp.open(new GeoIpSettings(folder, null, null, null))) {
            DataFrame frame = geoIp.lookup(List.of("81.2.69.142", "8.8.8.8"));
            assertThat(frame.getColumnsIndex().toArray()).containsExactlyElementsOf(GeoIp.COLUMNS);
            assertThat(frame.height()).isEqualTo(2);
            assertThat(frame.getColumn("CountryCode").get(1)).isNull();
            assertThat(geoIp.lookup("8.8.8.8").found()).isFalse();
        }
    }

    @Test
    void missingDatabaseSaysWhereItLookedAndHowToGetOne() {
        assertThatThrownBy(() -> GeoIp.open(new GeoIpSettings(folder, null, null, null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(folder.toAbsolutePath().toString())
                .hasMessageContaining("GeoLite2-City.mmdb");
    }

    @Test
    void severalCandidatesAreListedInTheError() throws Exception {
        byte[] db = new MmdbWriter("GeoIP2-City").add("81.2.69.0/24", Map.of()).bytes();
        Files.write(folder.resolve("GeoIP2-City-Test.mmdb"), db);
        Files.write(folder.resolve("GeoLite2-City-Test.mmdb"), db);
        assertThatThrownBy(() -> GeoIp.open(new GeoIpSettings(folder, null, null, null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("GeoIP2-City-Test.mmdb")
                .hasMessageContaining("GeoLite2-City-Test.mmdb")
                .hasMessageContaining("CityDB");
    }

    @Test
    void corruptDatabaseIsAClearError() throws Exception {
        Files.writeString(folder.resolve("GeoLite2-City.mmdb"), "not a database");
        assertThatThrownBy(() -> GeoIp.open(new GeoIpSettings(folder, null, null, null)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("corrupt");
    }

    @Test
    void notAnAddressIsBadInputAndNeverResolvedThroughDns() throws Exception {
        writeDatabases();
        try (GeoIp geoIp = GeoIp.open(new GeoIpSettings(folder, null, null, null))) {
            assertThatThrownBy(() -> geoIp.lookup("example.com"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("not an IP address");
        }
    }
}
