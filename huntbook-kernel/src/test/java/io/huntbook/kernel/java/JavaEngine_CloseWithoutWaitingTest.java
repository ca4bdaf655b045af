package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.Await;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A one-off run closes its engine without waiting for the agent JVM to end; the agent still ends on its own, even when
 * a shutdown hook of the notebook's never returns (it halts itself after a deadline), so nothing is left behind.
 */
class JavaEngine_CloseWithoutWaitingTest {
    @Test
    void anAgentWhoseShutdownHookHangsStillEndsAfterACloseThatDoesNotWait() throws Exception {
        // A stop grace longer than the test: only the agent's own deadline can end it, as when the host has exited.
        JavaEngine engine = JavaEngine.start(EngineOptions.builder().maxHeap("256m").awaitAgentExit(false)
                .stopGrace(Duration.ofMinutes(10)).build());
        Recorder pid = Recorder.run(engine, "ProcessHandle.current().pid()");
        long agentPid = Long.parseLong(pid.result().data().get("text/plain").toString());
        Recorder hook = Recorder.run(engine, """
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try { Thread.sleep(600_000); } catch (InterruptedException e) { }
                }));
                """);
        assertThat(hook.stream("outcome")).isEqualTo("OK");
        Optional<ProcessHandle> agent = ProcessHandle.of(agentPid);
        assertThat(agent).isPresent();

        engine.close();

        Await.until("the agent with a hanging shutdown hook to end", Duration.ofSeconds(60),
                () -> !agent.get().isAlive());
        assertThat(agent.get().isAlive()).as("the agent with a hanging shutdown hook").isFalse();
    }
}
