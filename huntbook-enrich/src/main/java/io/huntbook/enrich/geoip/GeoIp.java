package io.huntbook.enrich.geoip;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.maxmind.db.CHMCache;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;
import com.maxmind.geoip2.model.AbstractCountryResponse;
import com.maxmind.geoip2.model.AsnResponse;
import com.maxmind.geoip2.model.CityResponse;
import com.maxmind.geoip2.record.Subdivision;
import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookException;
import io.huntbook.enrich.ip.IpAddresses;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * GeoIP lookups over MaxMind {@code .mmdb} databases (City or Country, and ASN) with MSTICPy's output fields. Results
 * are cached per address, because hunting data repeats the same addresses many times. Thread-safe.
 *
 * <p>A missing or corrupt database is an error that says where Huntbook looked and how to get one, never a silent
 * empty result (MSTICPy issue #66).
 */
public final class GeoIp implements Closeable {
    /** Column names of {@link #lookup(Collection)}, MSTICPy's {@code GeoLocation} fields. */
    public static final List<String> COLUMNS = List.of(
            "IpAddress", "CountryCode", "CountryOrRegionName", "State", "City", "Longitude", "Latitude", "Asn");

    private final @Nullable DatabaseReader location;
    private final boolean locationHasCity;
    private final @Nullable DatabaseReader asn;
    private final Cache<String, GeoLocation> cache;

    private GeoIp(@Nullable DatabaseReader location, boolean locationHasCity, @Nullable DatabaseReader asn) {
        this.location = location;
        this.locationHasCity = locationHasCity;
        this.asn = asn;
        this.cache = Caffeine.newBuilder().maximumSize(100_000).build();
    }

    /** Opens the databases the settings point at. At least a City or Country database must be found. */
    public static GeoIp open(GeoIpSettings settings) {
        Path folder = settings.dbFolder();
        Optional<Path> city = DatabaseFiles.choose(folder, settings.cityDb(), GeoIpSettings.DEFAULT_CITY, "City");
        Optional<Path> country = city.isPresent() ? Optional.empty()
                : DatabaseFiles.choose(folder, settings.countryDb(), GeoIpSettings.DEFAULT_COUNTRY, "Country");
        Optional<Path> asnFile = DatabaseFiles.choose(folder, settings.asnDb(), GeoIpSettings.DEFAULT_ASN, "ASN");
        if (city.isEmpty() && country.isEmpty()) {
            throw new BadInputException("no GeoIP City or Country database in " + folder.toAbsolutePath()
                    + ": download GeoLite2-City.mmdb from MaxMind (free account) into that folder, or set DBFolder/CityDB"
                    + " under OtherProviders.GeoIPLite.Args in the configuration");
        }
        Path locationFile = city.orElseGet(country::orElseThrow);
        return new GeoIp(reader(locationFile), city.isPresent(), asnFile.map(GeoIp::reader).orElse(null));
    }

    private static DatabaseReader reader(Path file) {
        try {
            return new DatabaseReader.Builder(file.toFile()).withCache(new CHMCache(8192)).build();
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("GeoIP database " + file + " cannot be read (" + e.getMessage()
                    + "): it is corrupt or not a MaxMind .mmdb file; download it again");
        }
    }

    /** The location of one address; an address the databases do not know gives a result with only its IP. */
    public GeoLocation lookup(String ipAddress) {
        String key = ipAddress.trim();
        return cache.get(key, this::resolve);
    }

    /** One row per address, MSTICPy's columns ({@link #COLUMNS}). */
    public DataFrame lookup(Collection<String> ipAddresses) {
        var appender = DataFrame.byArrayRow(COLUMNS.toArray(String[]::new)).appender();
        for (String ip : ipAddresses) {
            GeoLocation g = lookup(ip);
            appender.append(g.ipAddress(), g.countryCode(), g.countryOrRegionName(), g.state(), g.city(),
                    g.longitude(), g.latitude(), g.asn());
        }
        return appender.toDataFrame();
    }

    /** Great-circle distance in kilometres between two addresses, when both are located. */
    public java.util.OptionalDouble distanceKm(String ip1, String ip2) {
        return lookup(ip1).distanceKm(lookup(ip2));
    }

    private GeoLocation resolve(String text) {
        InetAddress address = IpAddresses.parse(text);
        String countryCode = null;
        String countryName = null;
        String state = null;
        String cityName = null;
        Double longitude = null;
        Double latitude = null;
        Long asNumber = null;
        String asOrg = null;
        try {
            if (location != null) {
                Optional<? extends AbstractCountryResponse> found = locationHasCity
                        ? location.tryCity(address) : location.tryCountry(address);
                if (found.isPresent()) {
                    AbstractCountryResponse r = found.get();
                    countryCode = r.getCountry().getIsoCode();
                    countryName = r.getCountry().getName();
                    if (r instanceof CityResponse c) {
                        cityName = c.getCity().getName();
                        List<Subdivision> subdivisions = c.getSubdivisions();
                        state = subdivisions.isEmpty() ? null : subdivisions.get(0).getName();
                        longitude = c.getLocation().getLongitude();
                        latitude = c.getLocation().getLatitude();
                    }
                }
            }
            if (asn != null) {
                Optional<AsnResponse> a = asn.tryAsn(address);
                if (a.isPresent()) {
                    asNumber = a.get().getAutonomousSystemNumber();
                    asOrg = a.get().getAutonomousSystemOrganization();
                }
            }
        } catch (IOException | GeoIp2Exception e) {
            throw new HuntbookException("GeoIP lookup of " + text + " failed: " + e.getMessage(), e);
        }
        return new GeoLocation(text, countryCode, countryName, state, cityName, longitude, latitude, asNumber, asOrg);
    }

    @Override
    public void close() throws IOException {
        if (location != null) {
            location.close();
        }
        if (asn != null) {
            asn.close();
        }
    }
}
