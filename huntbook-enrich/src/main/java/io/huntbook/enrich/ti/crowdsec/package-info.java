/** CrowdSec CTI API (smoke): the crowd's reputation of an IP address. */
@NullMarked
package io.huntbook.enrich.ti.crowdsec;

import org.jspecify.annotations.NullMarked;
