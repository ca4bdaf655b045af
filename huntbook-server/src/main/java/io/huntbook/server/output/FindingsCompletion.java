package io.huntbook.server.output;

import io.huntbook.runner.RunStatus;
import io.huntbook.server.Completion;
import io.huntbook.server.FinishedRun;
import io.huntbook.server.RunCompletionHandler;
import io.huntbook.server.ledger.RunRecord;
import java.time.Instant;

/**
 * The server's run completion through the {@link RunPipeline}: the output stored at the run's §6.E path, and for a
 * run that glued a finding the report, the findings copy and the incidents (DESIGN.md §3). What the pipeline did is
 * shown with the run ({@code GET /api/runs/{id}}).
 */
public final class FindingsCompletion implements RunCompletionHandler {
    private final RunPipeline pipeline;

    public FindingsCompletion(RunPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Completion completed(FinishedRun finished) {
        RunRecord run = finished.run();
        Instant started = run.startedAt() != null ? run.startedAt() : run.createdAt();
        io.huntbook.server.output.RunRecord done = pipeline.completeExecuted(run.template(), run.identifier(), run.id(),
                run.outputPath(), finished.notebook(), status(finished), finished.message(), started, Instant.now());
        if (done.output() == null) {
            // Nothing was stored: an infrastructure failure, retried while attempts are left.
            throw new IllegalStateException("the output of run " + run.id() + " could not be stored: "
                    + done.message());
        }
        return new Completion(done.output().toString(), done.toJson());
    }

    private static RunStatus status(FinishedRun finished) {
        return switch (finished.state()) {
            case SUCCEEDED -> RunStatus.SUCCEEDED;
            case TIMED_OUT -> RunStatus.TIMED_OUT;
            default -> RunStatus.FAILED;
        };
    }
}
