package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cells that try to hurt: each ends with a clear outcome and the host (this JVM) carries on. */
class JavaEngine_HostileCellsTest {
    private static CellOutcome run(EngineOptions options, String code, Duration timeout, Recorder recorder) {
        try (JavaEngine engine = JavaEngine.start(options)) {
            return engine.execute(code, recorder, timeout);
        }
    }

    private static EngineOptions small() {
        return EngineOptions.builder().maxHeap("64m").stopGrace(Duration.ofSeconds(1)).build();
    }

    @Test
    void systemExitEndsTheAgentWithItsStatusAndNotTheHost() {
        Recorder r = new Recorder();
        CellOutcome outcome = run(small(), "System.out.println(\"bye\");\nSystem.exit(3);", Duration.ofSeconds(60), r);
        assertThat(outcome.status()).isEqualTo(CellOutcome.Status.EXITED);
        assertThat(outcome.exitStatus()).isEqualTo(3);
        assertThat(r.error().ename()).isEqualTo("SystemExit");
        assertThat(r.error().evalue()).isEqualTo("3");
        assertThat(r.stream("stdout")).isEqualTo("bye\n");
    }

    @Test
    void runtimeHaltIsADeadAgent() {
        Recorder r = new Recorder();
        CellOutcome outcome = run(small(), "Runtime.getRuntime().halt(7)", Duration.ofSeconds(60), r);
        assertThat(outcome.status()).isEqualTo(CellOutcome.Status.DIED);
        assertThat(outcome.exitStatus()).isEqualTo(7);
        assertThat(r.error().ename()).isEqualTo("DeadKernelError");
        assertThat(r.error().evalue()).contains("exit status 7");
    }

    @Test
    void anEndlessLoopTimesOutAndTheCellSaysSo() {
        Recorder r = new Recorder();
        long started = System.nanoTime();
        CellOutcome outcome = run(small(), "int i = 0;\nwhile (true) { i++; }", Duration.ofSeconds(2), r);
        assertThat(outcome.status()).isEqualTo(CellOutcome.Status.TIMED_OUT);
        assertThat(r.error().ename()).isEqualTo("TimeoutError");
        assertThat(r.error().evalue()).contains("after 2 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aCellBlockedOutsideUserCodeIsKilledAfterTheGrace() {
        Recorder r = new Recorder();
        // A busy wait inside a JDK method is not instrumented, so only killing the agent ends it.
        CellOutcome outcome = run(small(),
                "java.util.concurrent.locks.LockSupport.parkNanos(Long.MAX_VALUE); "
                        + "while (true) java.util.concurrent.locks.LockSupport.parkNanos(Long.MAX_VALUE);",
                Duration.ofSeconds(1), r);
        assertThat(outcome.status()).isEqualTo(CellOutcome.Status.TIMED_OUT);
        assertThat(r.error().ename()).isEqualTo("TimeoutError");
    }

    @Test
    void unboundedAllocationHitsTheHeapCapAsAnError() {
        Recorder r = new Recorder();
        CellOutcome outcome = run(small(), """
                var hog = new ArrayList<long[]>();
                while (true) hog.add(new long[1_000_000]);
                """, Duration.ofSeconds(120), r);
        assertThat(outcome.status()).isIn(CellOutcome.Status.ERROR, CellOutcome.Status.DIED);
        assertThat(r.error().ename() + r.error().evalue()).containsAnyOf("OutOfMemoryError", "died");
    }

    @Test
    void hugeOutputIsCappedWithANote() {
        Recorder r = new Recorder();
        EngineOptions options = EngineOptions.builder().maxHeap("128m").maxOutputChars(100_000).build();
        CellOutcome outcome = run(options, """
                String line = "x".repeat(999);
                for (int i = 0; i < 2_000; i++) System.out.println(line);
                """, Duration.ofSeconds(120), r);
        assertThat(outcome.status()).isEqualTo(CellOutcome.Status.OK);
        String out = r.stream("stdout");
        assertThat(out.length()).isLessThan(100_000 + 200);
        assertThat(out).endsWith("characters of stdout were dropped after the first 100000]\n");
        assertThat(out).contains("[huntbook: 1900000 more characters");
    }
}
