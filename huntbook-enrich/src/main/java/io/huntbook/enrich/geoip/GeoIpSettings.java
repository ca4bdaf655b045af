package io.huntbook.enrich.geoip;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the MaxMind databases are (DESIGN.md §6.D): a folder plus optional file names. A null name means "the
 * default file, or the only candidate in the folder".
 */
public record GeoIpSettings(Path dbFolder, @Nullable String cityDb, @Nullable String countryDb, @Nullable String asnDb) {

    public static final String DEFAULT_CITY = "GeoLite2-City.mmdb";
    public static final String DEFAULT_COUNTRY = "GeoLite2-Country.mmdb";
    public static final String DEFAULT_ASN = "GeoLite2-ASN.mmdb";

    /** The folder MSTICPy uses by default ({@code ~/.msticpy/GeoLite2}), else Huntbook's data folder. */
    public static GeoIpSettings defaults(Path huntbookHome) {
        return new GeoIpSettings(huntbookHome.resolve("geoip"), null, null, null);
    }

    /**
     * The settings in {@code OtherProviders.GeoIPLite.Args} (MSTICPy's section: {@code DBFolder}, plus Huntbook's
     * {@code CityDB}, {@code CountryDB}, {@code AsnDB}); the data folder's {@code geoip} when none is configured.
     */
    public static GeoIpSettings fromConfig(io.huntbook.core.config.HuntbookConfig config, Path huntbookHome) {
        var entry = config.provider("OtherProviders", "GeoIPLite");
        if (entry.isEmpty()) {
            return defaults(huntbookHome);
        }
        var s = entry.get();
        Path folder = s.arg("DBFolder")
                .map(f -> io.huntbook.core.config.HuntbookConfig.resolvePath(f, config.baseDir()))
                .orElse(huntbookHome.resolve("geoip"));
        return new GeoIpSettings(folder, s.arg("CityDB").orElse(null), s.arg("CountryDB").orElse(null),
                s.arg("AsnDB").orElse(null));
    }

    public GeoIpSettings withCityDb(@Nullable String name) {
        return new GeoIpSettings(dbFolder, name, countryDb, asnDb);
    }

    public GeoIpSettings withCountryDb(@Nullable String name) {
        return new GeoIpSettings(dbFolder, cityDb, name, asnDb);
    }

    public GeoIpSettings withAsnDb(@Nullable String name) {
        return new GeoIpSettings(dbFolder, cityDb, countryDb, name);
    }
}
