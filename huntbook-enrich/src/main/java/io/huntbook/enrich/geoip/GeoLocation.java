package io.huntbook.enrich.geoip;

import org.jspecify.annotations.Nullable;

/**
 * Where an IP address is, with MSTICPy's {@code GeoLocation} field names. Fields a database does not carry are null.
 */
public record GeoLocation(
        String ipAddress,
        @Nullable String countryCode,
        @Nullable String countryOrRegionName,
        @Nullable String state,
        @Nullable String city,
        @Nullable Double longitude,
        @Nullable Double latitude,
        @Nullable Long asn,
        @Nullable String asnOrganization) {

    /** Whether the databases knew anything about the address. */
    public boolean found() {
        return countryCode != null || city != null || asn != null || latitude != null;
    }

    /** Great-circle distance in kilometres to another location, when both have coordinates. */
    public java.util.OptionalDouble distanceKm(GeoLocation other) {
        if (latitude == null || longitude == null || other.latitude == null || other.longitude == null) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(GreatCircle.distanceKm(latitude, longitude, other.latitude, other.longitude));
    }
}
