package io.huntbook.kernel.jupyter.server;

import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import java.nio.file.Path;

/** The Huntbook kernel as its own process, for tests that launch it from a kernelspec: {@code MAIN CONNECTION_FILE}. */
public final class TestKernelMain {
    private TestKernelMain() {}

    public static void main(String[] args) throws InterruptedException {
        ConnectionInfo info = ConnectionInfo.read(Path.of(args[0]));
        EngineOptions options = EngineOptions.builder().maxHeap("256m").build();
        try (HuntbookKernel kernel = HuntbookKernel.start(info, () -> JavaEngine.start(options), "test")) {
            kernel.awaitShutdown();
        }
        System.exit(0);
    }
}
