package io.huntbook.server;

import io.huntbook.notebook.Notebook;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.ledger.RunState;

/**
 * A run whose notebook has executed.
 *
 * @param run the run as the ledger holds it (RUNNING)
 * @param notebook the executed notebook
 * @param state the state the run is about to end in: SUCCEEDED, FAILED or TIMED_OUT
 * @param message one line saying why, empty on success
 */
public record FinishedRun(RunRecord run, Notebook notebook, RunState state, String message) {}
