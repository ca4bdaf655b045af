/**
 * Notebook files of any supported format ({@code .ipynb}, {@code .jsh}, {@code .java}, {@code .py}): reading,
 * validating and writing them by extension, for commands and services that accept any of them.
 */
@NullMarked
package io.huntbook.notebook.files;

import org.jspecify.annotations.NullMarked;
