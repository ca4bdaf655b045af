package io.huntbook.enrich.whois;

import org.jspecify.annotations.Nullable;

/** One line of Team Cymru's verbose answer: the origin AS of an address and its BGP prefix. */
public record AsnInfo(String ipAddress, @Nullable Long asn, @Nullable String bgpPrefix, @Nullable String countryCode,
        @Nullable String registry, @Nullable String allocated, @Nullable String asName) {}
