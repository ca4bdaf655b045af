/**
 * A client for any installed Jupyter kernel: kernelspecs found where jupyter_client looks
 * ({@link io.huntbook.kernel.jupyter.client.KernelSpecs}), kernels launched with a connection file and retried on
 * port conflicts, a heartbeat, cells executed with their iopub messages turned into outputs, interrupt, restart and
 * shutdown ({@link io.huntbook.kernel.jupyter.client.JupyterKernel}, a {@link io.huntbook.kernel.CellEngine}).
 */
@NullMarked
package io.huntbook.kernel.jupyter.client;

import org.jspecify.annotations.NullMarked;
