package io.huntbook.kernel.jupyter.wire;

/** The five channels of a kernel connection. */
public enum Channel {
    SHELL,
    IOPUB,
    STDIN,
    CONTROL,
    HB
}
