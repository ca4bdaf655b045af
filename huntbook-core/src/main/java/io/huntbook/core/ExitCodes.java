package io.huntbook.core;

/** The exit codes of the command-line contract (DESIGN.md §6.A), papermill's included. */
public final class ExitCodes {
    private ExitCodes() {}

    /** The work ran and succeeded. */
    public static final int OK = 0;
    /** The work ran and failed or is partial; the result is still written. */
    public static final int FAILED = 1;
    /** Usage error or bad input: nothing was done. */
    public static final int BAD_INPUT = 2;
    /** The kernel or agent died (papermill's code for a dead kernel). */
    public static final int DEAD_KERNEL = 138;
}
