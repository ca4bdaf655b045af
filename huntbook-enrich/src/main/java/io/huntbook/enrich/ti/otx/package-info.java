/** AlienVault OTX (DirectConnect API v1): the pulses that mention an indicator. */
@NullMarked
package io.huntbook.enrich.ti.otx;

import org.jspecify.annotations.NullMarked;
