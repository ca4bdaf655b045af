package io.huntbook.kernel.java;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class whose tests share one real engine (JShell on the host, an agent JVM), started once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OneEngine {
    JavaEngine engine;

    /** How the engine starts; a 256 MB agent by default. */
    EngineOptions.Builder options() throws Exception {
        return EngineOptions.builder().maxHeap("256m");
    }

    @BeforeAll
    void startEngine() throws Exception {
        engine = JavaEngine.start(options().build());
    }

    @AfterAll
    void stopEngine() {
        engine.close();
    }

    Recorder run(String code) {
        return Recorder.run(engine, code);
    }
}
