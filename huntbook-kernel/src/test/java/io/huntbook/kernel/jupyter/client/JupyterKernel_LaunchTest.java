package io.huntbook.kernel.jupyter.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.EngineOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kernels launched as processes from kernelspecs: port conflicts retried, failures and deaths reported. */
class JupyterKernel_LaunchTest {
    @TempDir
    Path dir;

    private KernelSpec shellSpec(String script) throws IOException {
        Path file = dir.resolve("kernel.sh");
        Files.writeString(file, script);
        return new KernelSpec("test", dir, List.of("/bin/sh", file.toString(), "{connection_file}"), "Test", "java",
                "message", Map.of());
    }

    private LaunchOptions options(Duration startTimeout) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("JUPYTER_RUNTIME_DIR", dir.resolve("runtime").toString());
        return new LaunchOptions(dir, startTimeout, env, 3, Duration.ofSeconds(10));
    }

    @Test
    void aKernelThatLosesAPortRaceIsLaunchedAgainOnOtherPortsAndADeadKernelIsReported() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        KernelSpec spec = shellSpec("""
                if [ ! -e "%1$s/lost-once" ]; then
                  touch "%1$s/lost-once"
                  echo "zmq.error.ZMQError: Address already in use (addr='tcp://127.0.0.1:5555')" >&2
                  exit 1
                fi
                exec "%2$s" -cp "%3$s" io.huntbook.kernel.jupyter.server.TestKernelMain "$1"
                """.formatted(dir, java, System.getProperty("java.class.path")));

        try (JupyterKernel kernel = JupyterKernel.start(spec, options(Duration.ofSeconds(120)))) {
            List<EngineOutput> outputs = new CopyOnWriteArrayList<>();
            CellOutcome ok = kernel.execute("System.out.print(\"alive\")", outputs::add, Duration.ofSeconds(60));
            assertThat(ok.status()).isEqualTo(CellOutcome.Status.OK);
            assertThat(outputs).containsExactly(new EngineOutput.Stream("stdout", "alive"));
            assertThat(dir.resolve("lost-once")).exists();

            ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
            List<EngineOutput> after = new ArrayList<>();
            CellOutcome dead = kernel.execute("1", after::add, Duration.ofSeconds(60));
            assertThat(dead.status()).isEqualTo(CellOutcome.Status.DIED);
            assertThat(after).singleElement().isInstanceOfSatisfying(EngineOutput.Error.class,
                    e -> assertThat(e.ename()).isEqualTo("DeadKernelError"));
            assertThat(kernel.alive()).isFalse();
        }
        assertThat(dir.resolve("runtime")).isEmptyDirectory();
    }

    @Test
    void aKernelThatExitsWhileStartingIsReportedWithWhatItSaid() throws IOException {
        KernelSpec spec = shellSpec("echo 'No module named ipykernel_launcher' >&2; exit 3\n");

        assertThatThrownBy(() -> JupyterKernel.start(spec, options(Duration.ofSeconds(30))))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("exited with status 3 while starting")
                .hasMessageContaining("No module named ipykernel_launcher");
    }

    @Test
    void aKernelThatNeverAnswersFailsAfterTheStartTimeout() throws IOException {
        KernelSpec spec = shellSpec("exec sleep 60\n");

        assertThatThrownBy(() -> JupyterKernel.start(spec, options(Duration.ofSeconds(2))))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("did not start within 2 seconds");
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
    }
}
