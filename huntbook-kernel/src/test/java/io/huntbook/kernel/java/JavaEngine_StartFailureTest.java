package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * JShell is built and the prelude compiled while the agent JVM starts; an agent that never comes up still fails the
 * start with the agent's own reason, not a JShell error.
 */
class JavaEngine_StartFailureTest {
    @Test
    void anAgentThatCannotStartFailsTheEngineWithItsExitStatus() {
        EngineOptions options = EngineOptions.builder().maxHeap("256m").agentJvmOption("-XX:+NoSuchHuntbookOption")
                .build();
        assertThatThrownBy(() -> JavaEngine.start(options).close())
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("the Java agent ended at start with status 1");
    }
}
