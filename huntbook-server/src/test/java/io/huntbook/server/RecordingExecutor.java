package io.huntbook.server;

import io.huntbook.runner.RunResult;
import io.huntbook.runner.RunStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test executor that does not start an engine: it counts executions per run and returns the prepared notebook as
 * its output (with the status it is told), so queue, ledger and trigger tests run in milliseconds. The runner itself
 * is exercised by {@code Server_EndToEndTest}.
 */
final class RecordingExecutor implements RunExecutor {
    final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
    final AtomicInteger running = new AtomicInteger();
    volatile RunStatus status = RunStatus.SUCCEEDED;
    volatile CountDownLatch gate = new CountDownLatch(0);
    volatile int failFirst;
    private final int capacity;

    RecordingExecutor(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public RunResult execute(ExecutionRequest request) {
        int n = executions.computeIfAbsent(request.runId(), id -> new AtomicInteger()).incrementAndGet();
        running.incrementAndGet();
        try {
            while (!gate.await(50, TimeUnit.MILLISECONDS)) {
                if (request.cancelled().getAsBoolean()) {
                    throw new RunCancelledException(request.runId());
                }
            }
            if (n <= failFirst) {
                throw new IllegalStateException("simulated infrastructure failure " + n);
            }
            return new RunResult(request.notebook(), status, status == RunStatus.SUCCEEDED ? "" : "cell 2 failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            running.decrementAndGet();
        }
    }

    @Override
    public int capacity() {
        return capacity;
    }

    int total() {
        return executions.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
