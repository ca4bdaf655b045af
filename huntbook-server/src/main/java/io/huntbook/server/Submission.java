package io.huntbook.server;

import io.huntbook.server.ledger.RunRecord;

/** The run a job produced, and whether it already existed (a repeated idempotency key). */
public record Submission(RunRecord run, boolean duplicate) {}
