package io.huntbook.cli;

import io.huntbook.core.HuntbookHome;
import io.huntbook.enrich.geoip.GeoIpSettings;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** GeoIP settings: command-line options over the configuration over the data folder's default. */
final class GeoIpSettingsResolver {
    private GeoIpSettingsResolver() {}

    static GeoIpSettings resolve(GlobalOptions global, @Nullable Path dbFolder, @Nullable String cityDb,
            @Nullable String countryDb, @Nullable String asnDb) {
        GeoIpSettings settings = GeoIpSettings.fromConfig(CliConfig.load(global), HuntbookHome.dir());
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
