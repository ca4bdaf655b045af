/**
 * WhoIs for IP addresses: RDAP (the IANA bootstrap registry, following redirects to the authoritative registry) and
 * bulk ASN lookups in Team Cymru's whois format over TCP 43, with timeouts, retries and caching.
 */
@NullMarked
package io.huntbook.enrich.whois;

import org.jspecify.annotations.NullMarked;
