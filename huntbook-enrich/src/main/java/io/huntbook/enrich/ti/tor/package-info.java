/** Tor exit nodes: the Tor Project's exit-addresses list, from a URL or a file, refreshed daily. */
@NullMarked
package io.huntbook.enrich.ti.tor;

import org.jspecify.annotations.NullMarked;
