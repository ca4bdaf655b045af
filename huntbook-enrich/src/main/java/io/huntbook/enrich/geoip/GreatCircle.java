package io.huntbook.enrich.geoip;

/** The haversine distance on a spherical Earth, as MSTICPy's {@code geo_distance} computes it. */
final class GreatCircle {
    private GreatCircle() {}

    /** The mean Earth radius used by MSTICPy, in kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0;

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
