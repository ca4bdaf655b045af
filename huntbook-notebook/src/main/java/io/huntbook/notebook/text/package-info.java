/**
 * Text notebooks in jupytext's percent format: {@code // %%} cells in {@code .jsh} and {@code .java} files,
 * {@code # %%} cells in {@code .py} files, a YAML header with the kernel, titles, {@code [markdown]} cells as comment
 * blocks and cell metadata such as {@code tags=["parameters"]}.
 */
@NullMarked
package io.huntbook.notebook.text;

import org.jspecify.annotations.NullMarked;
