/** AbuseIPDB API v2: the abuse confidence score and reports of an IP address. */
@NullMarked
package io.huntbook.enrich.ti.abuseipdb;

import org.jspecify.annotations.NullMarked;
