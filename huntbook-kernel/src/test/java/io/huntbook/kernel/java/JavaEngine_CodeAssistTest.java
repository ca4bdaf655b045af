package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With code assist on (the Jupyter kernel), completions list packages from JShell's class-path index; an unattended
 * engine skips that index, and still completes members from the compiler.
 */
class JavaEngine_CodeAssistTest {
    @Test
    void anEngineWithCodeAssistCompletesSubpackagesFromTheIndex() {
        try (JavaEngine engine = JavaEngine.start(EngineOptions.builder().maxHeap("256m").codeAssist(true).build())) {
            InteractiveEngine interactive = (InteractiveEngine) engine;
            String code = "java.util.concurrent.at";
            // The index is built in the background from the moment the engine starts.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            List<String> matches = List.of();
            while (!matches.contains("atomic.") && Instant.now().isBefore(deadline)) {
                matches = interactive.complete(code, code.length()).matches();
            }
            assertThat(matches).contains("atomic.");
        }
    }

    @Test
    void anUnattendedEngineStillCompletesMembers() {
        try (JavaEngine engine = JavaEngine.start(EngineOptions.builder().maxHeap("256m").build())) {
            String code = "\"abc\".toUpp";
            assertThat(((InteractiveEngine) engine).complete(code, code.length()).matches())
                    .anyMatch(match -> match.startsWith("toUpperCase"));
        }
    }
}
