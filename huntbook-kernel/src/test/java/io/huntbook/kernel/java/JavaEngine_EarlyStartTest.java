package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine started ahead of time serves only a start with equal options; any other is closed, agent and all. */
class JavaEngine_EarlyStartTest {
    @TempDir
    Path first;

    @TempDir
    Path second;

    private static EngineOptions in(Path dir) {
        return EngineOptions.builder().maxHeap("256m").workingDirectory(dir).build();
    }

    private static long liveChildren() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
    }

    private static String cwd(JavaEngine engine) {
        Recorder r = Recorder.run(engine, "System.out.print(Path.of(\"\").toAbsolutePath());");
        return r.stream("stdout");
    }

    @Test
    void aStartWithOtherOptionsGetsItsOwnEngineAndTheEarlyOneEnds() throws Exception {
        long agentsBefore = liveChildren();
        JavaEngine.startEarly(in(first));
        try (JavaEngine engine = JavaEngine.start(in(second))) {
            assertThat(cwd(engine)).isEqualTo(second.toString());
            Await.until("the unused early agent to end", Duration.ofSeconds(30),
                    () -> liveChildren() == agentsBefore + 1);
        }
        JavaEngine.startEarly(in(first));
        try (JavaEngine engine = JavaEngine.start(in(first))) {
            assertThat(cwd(engine)).isEqualTo(first.toString());
        }
    }
}
