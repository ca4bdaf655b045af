/** Small text utilities shared by the modules. */
@NullMarked
package io.huntbook.core.text;

import org.jspecify.annotations.NullMarked;
