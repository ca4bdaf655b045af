/** IBM X-Force Exchange: IP and URL reputation, and malware by file hash. */
@NullMarked
package io.huntbook.enrich.ti.xforce;

import org.jspecify.annotations.NullMarked;
