/** Timing of the cloud query providers' result reading over a loopback HTTP server. */
@NullMarked
package io.huntbook.bench.query;

import org.jspecify.annotations.NullMarked;
