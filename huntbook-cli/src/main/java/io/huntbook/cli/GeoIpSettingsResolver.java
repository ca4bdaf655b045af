package io.huntbook.cli;

import io.huntbook.enrich.geoip.GeoIpSettings;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** GeoIP settings from the command line over the data folder's default. */
final class GeoIpSettingsResolver {
    private GeoIpSettingsResolver() {}

    static GeoIpSettings resolve(GlobalOptions global, @Nullable Path dbFolder, @Nullable String cityDb,
            @Nullable String countryDb, @Nullable String asnDb) {
        String home = System.getenv("HUNTBOOK_HOME");
        Path huntbookHome = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".huntbook");
        GeoIpSettings settings = GeoIpSettings.defaults(huntbookHome);
        if (dbFolder != null) {
            settings = new GeoIpSettings(dbFolder, settings.cityDb(), settings.countryDb(), settings.asnDb());
        }
        if (cityDb != null) {
            settings = settings.withCityDb(cityDb);
        }
        if (countryDb != null) {
            settings = settings.withCountryDb(countryDb);
        }
        if (asnDb != null) {
            settings = settings.withAsnDb(asnDb);
        }
        return settings;
    }
}
