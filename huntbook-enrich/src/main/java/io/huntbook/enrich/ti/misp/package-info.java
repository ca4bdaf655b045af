/** MISP: attributes of your own instance's events, through its REST search. */
@NullMarked
package io.huntbook.enrich.ti.misp;

import org.jspecify.annotations.NullMarked;
