package io.huntbook.cli;

import io.huntbook.runner.RunResult;
import io.huntbook.runner.RunStatus;
import io.huntbook.server.ExecutionRequest;
import io.huntbook.server.RunExecutor;

/** Succeeds with the prepared notebook as its output: for CLI tests about the server's commands and triggers. */
final class EchoExecutor implements RunExecutor {
    @Override
    public RunResult execute(ExecutionRequest request) {
        return new RunResult(request.notebook(), RunStatus.SUCCEEDED, "");
    }

    @Override
    public int capacity() {
        return 1;
    }
}
