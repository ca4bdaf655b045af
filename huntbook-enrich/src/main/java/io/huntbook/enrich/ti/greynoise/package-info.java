/** GreyNoise: the Community API (free) and the enterprise IP context API. */
@NullMarked
package io.huntbook.enrich.ti.greynoise;

import org.jspecify.annotations.NullMarked;
