/**
 * Enrichment: the threat-intel lookup engine and providers, GeoIP, WhoIs/RDAP/ASN, IP and domain utilities.
 */
@NullMarked
package io.huntbook.enrich;

import org.jspecify.annotations.NullMarked;
