/** Notebook templates under configured roots, and their parameters as an input schema. */
@NullMarked
package io.huntbook.server.templates;

import org.jspecify.annotations.NullMarked;
