/** GeoIP: locations and autonomous systems of IP addresses from MaxMind databases, MSTICPy's fields. */
@NullMarked
package io.huntbook.enrich.geoip;

import org.jspecify.annotations.NullMarked;
