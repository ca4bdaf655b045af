/** Domain context: a name split at its public suffix, top-level-domain validity, entropy and a DGA-likelihood score. */
@NullMarked
package io.huntbook.enrich.domain;

import org.jspecify.annotations.NullMarked;
