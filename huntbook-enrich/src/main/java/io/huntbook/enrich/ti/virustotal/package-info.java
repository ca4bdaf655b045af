/** VirusTotal API v3: IP addresses, domains, URLs and file hashes, scored from the engines' last analysis. */
@NullMarked
package io.huntbook.enrich.ti.virustotal;

import org.jspecify.annotations.NullMarked;
