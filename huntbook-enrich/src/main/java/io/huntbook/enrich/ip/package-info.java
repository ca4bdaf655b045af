/** IP address context: the type of an address (public, private, loopback...) and CIDR membership. */
@NullMarked
package io.huntbook.enrich.ip;

import org.jspecify.annotations.NullMarked;
