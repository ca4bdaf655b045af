package io.huntbook.enrich.whois;

import org.jspecify.annotations.Nullable;

/** What an RDAP registry says about the network an address is in. */
public record RdapNetwork(String ipAddress, @Nullable String handle, @Nullable String name, @Nullable String network,
        @Nullable String country, @Nullable String registrant, @Nullable String abuseEmail, String server) {}
