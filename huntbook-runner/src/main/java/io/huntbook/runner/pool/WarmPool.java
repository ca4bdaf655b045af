package io.huntbook.runner.pool;

import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.JavaEngine;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pool. One permit of {@link #agents} stands for one agent that exists (starting, ready or serving a run): a
 * refill thread takes a permit before it starts an engine, and the permit comes back only when that engine is closed,
 * so the pool can never run more agents than its size, whatever fails.
 */
final class WarmPool implements EnginePool {
    private static final Logger LOG = LoggerFactory.getLogger(WarmPool.class);
    private static final long RETRY_MILLIS = 500;
    /** Failed start-ups in a row after which a waiting run is told why instead of waiting on. */
    private static final int FAILURES_TO_GIVE_UP = 3;

    private final Supplier<JavaEngine> starter;
    private final int size;
    private final Duration takeTimeout;
    private final Semaphore agents;
    private final LinkedBlockingQueue<JavaEngine> ready = new LinkedBlockingQueue<>();
    private final ExecutorService refill;
    private final AtomicLong started = new AtomicLong();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile @Nullable RuntimeException lastFailure;
    private volatile boolean closed;
    private final Object startLock = new Object();

    WarmPool(Supplier<JavaEngine> starter, int size, Duration startTimeout) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one engine, not " + size);
        }
        this.starter = starter;
        this.size = size;
        // A run waits for one start-up at most (several when runs queue behind each other: they wait their turn).
        this.takeTimeout = startTimeout.multipliedBy(2);
        this.agents = new Semaphore(size);
        AtomicInteger threads = new AtomicInteger();
        this.refill = Executors.newFixedThreadPool(size, runnable -> {
            Thread thread = new Thread(runnable, "huntbook-pool-refill-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < size; i++) {
            refill.execute(this::refillLoop);
        }
    }

    /** One refill thread: whenever an agent ended, start its replacement. */
    private void refillLoop() {
        while (!closed) {
            try {
                agents.acquire();
            } catch (InterruptedException e) {
                return;
            }
            JavaEngine engine;
            try {
                engine = closed ? null : startOne();
            } catch (Throwable e) {
                // Errors too (JShell reports javac failures as InternalError): a refill thread that died would
                // take its permit with it and shrink the pool for good.
                agents.release();
                lastFailure = e instanceof RuntimeException runtime ? runtime
                        : new EngineException("cannot start a Java engine: " + e, e);
                int failures = failuresInARow.incrementAndGet();
                LOG.warn("the warm pool could not start a Java engine ({} in a row): {}", failures, e.getMessage());
                if (!pause(RETRY_MILLIS * Math.min(failures, 10))) {
                    return;
                }
                continue;
            }
            if (engine == null) {
                agents.release();
                return;
            }
            started.incrementAndGet();
            failuresInARow.set(0);
            lastFailure = null;
            ready.add(lease(engine));
            if (closed) {
                drain(); // closed while this engine started: it must not outlive the pool
            }
        }
    }

    /**
     * Starts one engine, one start-up at a time: two JShell instances starting together in one JVM can trip over each
     * other inside javac (seen as a NullPointerException on {@code starImportScope} in the prelude's analysis), and
     * on a machine with few cores two concurrent start-ups finish no sooner than two in a row.
     */
    private JavaEngine startOne() {
        synchronized (startLock) {
            return starter.get();
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public JavaEngine take() {
        long deadline = System.nanoTime() + takeTimeout.toNanos();
        while (true) {
            if (closed) {
                throw new IllegalStateException("the warm pool is closed");
            }
            JavaEngine engine;
            try {
                engine = ready.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while waiting for a Java engine from the warm pool", e);
            }
            if (engine != null) {
                if (engine.alive()) {
                    return engine;
                }
                engine.close(); // its agent died while it waited: the refill replaces it
                continue;
            }
            RuntimeException failure = lastFailure;
            if (failure != null && failuresInARow.get() >= FAILURES_TO_GIVE_UP) {
                throw new EngineException("the warm pool cannot start a Java engine: " + failure.getMessage(),
                        failure);
            }
            if (System.nanoTime() - deadline > 0 && failure != null) {
                throw new EngineException("no Java engine became ready within " + takeTimeout.toSeconds()
                        + " s: " + failure.getMessage(), failure);
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long started() {
        return started.get();
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ready.size() < size) {
            if (System.nanoTime() - deadline > 0 || closed) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        refill.shutdownNow();
        drain();
        try {
            // A start-up in progress finishes (JShell cannot be interrupted mid-start) and its engine is then closed.
            refill.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }

    private void drain() {
        List<JavaEngine> engines = new ArrayList<>();
        ready.drainTo(engines);
        engines.forEach(JavaEngine::close);
    }

    /**
     * An engine handed out: closing it ends its agent and gives the pool room for a fresh one. A proxy rather than a
     * hand-written wrapper, so that methods added to {@link JavaEngine} later reach the engine unchanged.
     */
    private JavaEngine lease(JavaEngine engine) {
        AtomicBoolean released = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                if (released.compareAndSet(false, true)) {
                    try {
                        engine.close();
                    } finally {
                        agents.release();
                    }
                }
                return null;
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "pooled " + engine;
                };
            }
            try {
                return method.invoke(engine, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (JavaEngine) Proxy.newProxyInstance(JavaEngine.class.getClassLoader(),
                new Class<?>[] {JavaEngine.class}, handler);
    }
}
