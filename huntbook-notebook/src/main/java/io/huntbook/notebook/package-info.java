/**
 * Notebooks: the nbformat v4 model, percent-format text notebooks, parameters, scraps and the HTML report.
 */
@NullMarked
package io.huntbook.notebook;

import org.jspecify.annotations.NullMarked;
