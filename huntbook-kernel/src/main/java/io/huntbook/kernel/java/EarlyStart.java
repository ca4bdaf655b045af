package io.huntbook.kernel.java;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * One engine started ahead of time, on a background thread, while the caller still reads the notebook and its
 * parameters: the compiler's warm-up (the largest part of a cold run) then overlaps that work on another core. The
 * next {@link JavaEngine#start} with equal options takes it; one with other options starts its own and closes it.
 */
final class EarlyStart {
    private static @Nullable EngineOptions options;
    private static @Nullable CompletableFuture<JavaEngine> engine;

    private EarlyStart() {}

    static synchronized void begin(EngineOptions wanted) {
        discard();
        options = wanted;
        CompletableFuture<JavaEngine> future = new CompletableFuture<>();
        engine = future;
        Thread thread = new Thread(() -> {
            try {
                future.complete(JShellEngine.start(wanted));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "huntbook-engine-early-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The engine started for {@code wanted}, or null when none was (an early start that failed is retried). */
    static @Nullable JavaEngine take(EngineOptions wanted) {
        CompletableFuture<JavaEngine> future;
        synchronized (EarlyStart.class) {
            if (engine == null || !wanted.equals(options)) {
                discard();
                return null;
            }
            future = engine;
            engine = null;
            options = null;
        }
        try {
            JavaEngine started = future.get();
            return started.alive() ? started : closed(started);
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static synchronized void cancel() {
        discard();
    }

    private static @Nullable JavaEngine closed(JavaEngine engine) {
        engine.close();
        return null;
    }

    private static void discard() {
        CompletableFuture<JavaEngine> stale = engine;
        engine = null;
        options = null;
        if (stale != null) {
            stale.thenAccept(JavaEngine::close);
        }
    }
}
