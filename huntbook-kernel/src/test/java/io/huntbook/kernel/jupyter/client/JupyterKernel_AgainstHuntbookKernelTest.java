package io.huntbook.kernel.jupyter.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.jupyter.server.HuntbookKernel;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Huntbook's Jupyter client attached to Huntbook's own kernel, both in this JVM. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JupyterKernel_AgainstHuntbookKernelTest {
    private HuntbookKernel kernel;
    private JupyterKernel client;

    @BeforeAll
    void start() {
        ConnectionInfo info = ConnectionInfo.loopback(PortAllocator.take(5), "huntbook");
        EngineOptions options = EngineOptions.builder().maxHeap("256m").build();
        kernel = HuntbookKernel.start(info, () -> JavaEngine.start(options), "test");
        client = JupyterKernel.connect(info, new LaunchOptions(Path.of("."), Duration.ofSeconds(120),
                System.getenv(), 1, Duration.ofSeconds(20)));
    }

    @AfterAll
    void stop() {
        client.close();
        kernel.close();
    }

    private record Run(CellOutcome outcome, List<EngineOutput> outputs) {}

    private Run run(String code, Duration timeout) {
        List<EngineOutput> outputs = new CopyOnWriteArrayList<>();
        CellOutcome outcome = client.execute(code, outputs::add, timeout);
        return new Run(outcome, new ArrayList<>(outputs));
    }

    @Test
    void iopubMessagesBecomeTheCellsOutputsInOrder() {
        Run run = run("""
                System.out.println("one");
                displayWithId("progress", "10%");
                updateDisplay("progress", "100%");
                21 * 2
                """, Duration.ofSeconds(60));

        assertThat(run.outcome().status()).isEqualTo(CellOutcome.Status.OK);
        assertThat(run.outputs()).hasSize(4);
        assertThat(run.outputs().get(0)).isEqualTo(new EngineOutput.Stream("stdout", "one\n"));
        EngineOutput.Display shown = (EngineOutput.Display) run.outputs().get(1);
        assertThat(shown.displayId()).isEqualTo("progress");
        assertThat(shown.update()).isFalse();
        assertThat(shown.data()).containsEntry("text/plain", "10%");
        EngineOutput.Display updated = (EngineOutput.Display) run.outputs().get(2);
        assertThat(updated.update()).isTrue();
        assertThat(updated.data()).containsEntry("text/plain", "100%");
        EngineOutput.Result result = (EngineOutput.Result) run.outputs().get(3);
        assertThat(result.data()).containsEntry("text/plain", "42");
        assertThat(result.executionCount()).isEqualTo(run.outcome().executionCount());
    }

    @Test
    void anErrorEndsTheCellWithItsNameAndValue() {
        Run run = run("Integer.parseInt(\"x1\")", Duration.ofSeconds(60));

        assertThat(run.outcome().status()).isEqualTo(CellOutcome.Status.ERROR);
        assertThat(run.outcome().message()).isEqualTo("java.lang.NumberFormatException: For input string: \"x1\"");
        assertThat(run.outputs()).last().isInstanceOfSatisfying(EngineOutput.Error.class,
                e -> assertThat(e.ename()).isEqualTo("java.lang.NumberFormatException"));
    }

    @Test
    void aCellOverItsTimeoutIsInterruptedAndTheKernelGoesOn() {
        run("int survivor = 5;", Duration.ofSeconds(60));
        Run loop = run("while (true) { }", Duration.ofSeconds(2));

        assertThat(loop.outcome().status()).isEqualTo(CellOutcome.Status.TIMED_OUT);
        assertThat(loop.outputs()).last().isInstanceOfSatisfying(EngineOutput.Error.class, e -> {
            assertThat(e.ename()).isEqualTo("TimeoutError");
            assertThat(e.evalue()).contains("after 2 seconds");
        });
        Run after = run("survivor", Duration.ofSeconds(60));
        assertThat(after.outputs()).singleElement().isInstanceOfSatisfying(EngineOutput.Result.class,
                r -> assertThat(r.data()).containsEntry("text/plain", "5"));
        assertThat(client.alive()).isTrue();
    }

    @Test
    void theKernelsLanguageInfoIsJava() {
        assertThat(client.languageInfo()).containsEntry("name", "java").containsEntry("file_extension", ".jsh");
        assertThat(client.kernelInfo().path("implementation").asText()).isEqualTo("huntbook");
    }
}
