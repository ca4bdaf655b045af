/**
 * The Huntbook Jupyter kernel: {@link io.huntbook.kernel.jupyter.server.HuntbookKernel} serves shell, control,
 * iopub, stdin and heartbeat for one connection file over the Java engine, so JupyterLab, VS Code, nbclient and
 * papermill run Java notebooks exactly as {@code huntbook run} does.
 */
@NullMarked
package io.huntbook.kernel.jupyter.server;

import org.jspecify.annotations.NullMarked;
