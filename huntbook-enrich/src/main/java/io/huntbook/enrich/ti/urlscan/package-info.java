/** urlscan.io: earlier scans of a domain, address, URL or file hash, and the verdict of the latest one. */
@NullMarked
package io.huntbook.enrich.ti.urlscan;

import org.jspecify.annotations.NullMarked;
