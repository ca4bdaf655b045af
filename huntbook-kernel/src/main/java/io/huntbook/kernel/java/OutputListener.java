package io.huntbook.kernel.java;

/** Receives a cell's outputs as they happen (from the engine's reader thread or the caller's thread). */
@FunctionalInterface
public interface OutputListener {
    void output(EngineOutput output);
}
