package io.huntbook.runner.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.runner.RunOptions;
import io.huntbook.runner.RunResult;
import io.huntbook.runner.RunStatus;
import io.huntbook.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm pool with real engines: one agent JVM per run, never more agents than the pool's size. */
class EnginePool_RealEnginesTest {
    private static final EngineOptions ENGINE = EngineOptions.builder().maxHeap("128m").build();

    /** The outputs of the code cell whose source starts with {@code start} (error cells shift the indexes). */
    private static String text(RunResult result, String start) {
        StringBuilder text = new StringBuilder();
        result.notebook().cells().stream()
                .filter(c -> c instanceof CodeCell code && code.source().startsWith(start))
                .forEach(c -> ((CodeCell) c).outputs().forEach(text::append));
        return text.toString();
    }

    /** Agent JVMs started by this JVM and still running. */
    private static long agents() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("io.huntbook.runtime.agent.Agent"))
                .count();
    }

    @Test
    void nothingOfOneRunReachesTheNext() {
        Notebook first = Notebook.java(List.of(
                Cell.code("int leaked = 42; System.setProperty(\"hb.leak\", \"yes\");"),
                Cell.code("System.out.println(\"pid=\" + ProcessHandle.current().pid());")));
        Notebook second = Notebook.java(List.of(
                Cell.code("System.out.println(\"pid=\" + ProcessHandle.current().pid() + \" leak=\""
                        + " + System.getProperty(\"hb.leak\"));"),
                Cell.code("leaked")));
        try (EnginePool pool = EnginePool.start(ENGINE, 1)) {
            RunResult one = pool.run(first, RunOptions.builder().build());
            RunResult two = pool.run(second, RunOptions.builder().build());

            assertThat(one.status()).as(one.message()).isEqualTo(RunStatus.SUCCEEDED);
            String pidOne = text(one, "System.out").replaceAll("(?s).*pid=(\\d+).*", "$1");
            assertThat(text(two, "System.out")).contains("leak=null").doesNotContain("pid=" + pidOne + " ");
            assertThat(two.status()).isEqualTo(RunStatus.FAILED);
            assertThat(text(two, "leaked")).contains("cannot find symbol");
            assertThat(pool.started()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aPoolOfTwoNeverRunsMoreThanTwoAgentsAndEndsThemWhenClosed() throws Exception {
        Notebook notebook = Notebook.java(List.of(Cell.code("int x = 1;"), Cell.code("Thread.sleep(50); x + 1")));
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                most.accumulateAndGet((int) agents(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long before = agents();
        sampler.start();
        List<RunResult> results = new ArrayList<>();
        try (EnginePool pool = EnginePool.start(ENGINE, 2);
             ExecutorService callers = Executors.newFixedThreadPool(4)) {
            List<Future<RunResult>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(callers.submit(() -> pool.run(notebook, RunOptions.builder().build())));
            }
            for (Future<RunResult> run : runs) {
                results.add(run.get(5, TimeUnit.MINUTES));
            }
        } finally {
            sampling.set(false);
            sampler.join();
        }
        assertThat(before).isZero();
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.message()).isEqualTo(RunStatus.SUCCEEDED));
        assertThat(most.get()).isBetween(1, 2);
        Await.until("no agent after close", Duration.ofSeconds(20), () -> agents() == 0);
        assertThat(agents()).as("agents left after close").isZero();
    }
}
