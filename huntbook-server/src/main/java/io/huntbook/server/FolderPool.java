package io.huntbook.server;

import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.JavaEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's warm pool: Java engines started ahead of time, keyed by the folder they run in, with one budget of
 * {@code size} agent JVMs for all folders together (starting, idle and busy).
 *
 * <p>Why keyed by folder: an agent's working directory is fixed when its JVM starts (Java has no {@code chdir}), and a
 * template runs in its own folder, as under {@code huntbook run}, so that its relative paths mean "next to the
 * template". The alternatives were worse: a pool of {@code size} engines per folder multiplies the agents (and their
 * heaps) by the number of folders; agents started in one neutral folder with {@code user.dir} changed afterwards
 * resolve {@code Path} and {@code File} against the directory read at start-up, so a notebook would silently read
 * and write elsewhere. One budget keeps the server's promise: never more than {@code size} agents, so the queue's
 * worker count (equal to {@code size}) never claims a run that cannot get an engine.
 *
 * <p>Policy, decided in one place ({@link #scheduleLocked}) under one lock:
 * <ol>
 *   <li>Demand first: a run waiting for folder F that no idle or starting engine of F covers gets the next start.
 *       When the budget is full, the oldest idle engine of a folder nobody is waiting for is closed to make room.</li>
 *   <li>Then replacements: an engine taken for F is replaced by a fresh one for F once the budget allows, so the
 *       warm engines follow the recent mix of folders; before the first run, the template folders given to
 *       {@link #warmUp} are warmed.</li>
 *   <li>Up to {@code parallelStarts} starts at once (the server uses the number of cores, capped by the size). The
 *       start-ups are what bounds a burst's throughput (each run consumes one engine): serialized starts, as the
 *       runner's {@code WarmPool} does, halve the start rate of two workers that each start a fresh engine per run
 *       (a burst of 20 took 92.5 s against 76.2 s, docs/benchmarks.md). The cost: two JShell instances starting at once in one JVM were once seen
 *       tripping over each other inside javac; such a start fails one run's attempt, which is retried like an engine
 *       that died (the fresh-engine executor always started engines concurrently). The thread that starts an engine
 *       first closes the engine evicted for it, so the number of agent processes never exceeds the size, even for a
 *       moment.</li>
 *   <li>An engine serves one run and is then closed: nothing of one run reaches the next.</li>
 *   <li>A failed start fails the take of one run waiting for that folder (the worker's retry policy applies, as for
 *       an engine that died); a failed warm-up start is only logged, and is not retried until a run needs it.</li>
 * </ol>
 */
final class FolderPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderPool.class);
    /** How often a waiting run looks whether it is still wanted (cancelled runs stop waiting). */
    private static final long RECHECK_MILLIS = 200;

    private final Function<Path, JavaEngine> starter;
    private final int size;
    private final Duration startTimeout;
    private final int parallelStarts;
    private final ExecutorService starts;
    private final Object lock = new Object();
    // Guarded by lock.
    private final Map<Path, ArrayDeque<JavaEngine>> idle = new LinkedHashMap<>();
    private final Map<Path, Integer> waiting = new LinkedHashMap<>();
    private final Map<Path, ArrayDeque<RuntimeException>> failures = new HashMap<>();
    private final Set<JavaEngine> busy = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ArrayDeque<Path> replacements = new ArrayDeque<>();
    private final Map<Path, Integer> starting = new HashMap<>();
    private int startingCount;
    private int idleCount;
    private long started;
    private long evicted;
    private boolean closed;

    /**
     * @param starter starts an engine whose agent runs in the given folder (called on the pool's threads)
     * @param size the most agents alive at once
     * @param parallelStarts the most engines starting at once
     * @param startTimeout how long one start may take (bounds the wait for a start in progress at close)
     */
    FolderPool(Function<Path, JavaEngine> starter, int size, int parallelStarts, Duration startTimeout) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one engine, not " + size);
        }
        this.starter = starter;
        this.size = size;
        this.startTimeout = startTimeout;
        this.parallelStarts = Math.max(1, Math.min(size, parallelStarts));
        AtomicInteger threads = new AtomicInteger();
        this.starts = Executors.newFixedThreadPool(this.parallelStarts, runnable -> {
            Thread thread = new Thread(runnable, "huntbook-pool-starter-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An engine taken from the pool for one run; closing it ends the agent and gives the pool room for another. */
    final class Lease implements AutoCloseable {
        private final JavaEngine engine;
        private boolean released;

        private Lease(JavaEngine engine) {
            this.engine = engine;
        }

        JavaEngine engine() {
            return engine;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (released) {
                    return;
                }
                released = true;
            }
            try {
                engine.close(); // the agent has ended before the pool counts it out
            } finally {
                synchronized (lock) {
                    busy.remove(engine);
                    scheduleLocked();
                }
            }
        }
    }

    /** Warms engines for {@code folders} (most used first), as many as the budget allows, round-robin. */
    void warmUp(List<Path> folders) {
        if (folders.isEmpty()) {
            return;
        }
        synchronized (lock) {
            for (int i = 0; i < size; i++) {
                replacements.addLast(key(folders.get(i % folders.size())));
            }
            trimReplacements();
            scheduleLocked();
        }
    }

    /**
     * An engine running in {@code folder}, waiting until one is ready.
     *
     * @param stillWanted looked at while waiting; when it turns false the wait ends with null
     * @return the engine's lease, or null when the run no longer wants one
     * @throws EngineException when the start of an engine for this run failed, or the pool is closed
     */
    @Nullable Lease take(Path folder, BooleanSupplier stillWanted) {
        Path key = key(folder);
        synchronized (lock) {
            ensureOpen();
            waiting.merge(key, 1, Integer::sum);
            scheduleLocked();
        }
        while (true) {
            JavaEngine dead = null;
            synchronized (lock) {
                if (closed) {
                    leaveLocked(key);
                    ensureOpen();
                }
                ArrayDeque<RuntimeException> failed = failures.get(key);
                if (failed != null && !failed.isEmpty()) {
                    RuntimeException failure = failed.pollFirst();
                    leaveLocked(key);
                    throw new EngineException("cannot start a Java engine in " + key + ": " + failure.getMessage(),
                            failure);
                }
                JavaEngine engine = pollIdleLocked(key);
                if (engine != null && engine.alive()) {
                    busy.add(engine);
                    replacements.addLast(key);
                    trimReplacements();
                    leaveLocked(key);
                    return new Lease(engine);
                }
                if (engine != null) {
                    dead = engine; // its agent died while it waited: closed below, the demand starts another
                } else {
                    try {
                        lock.wait(RECHECK_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        leaveLocked(key);
                        throw new EngineException("interrupted while waiting for a Java engine", e);
                    }
                }
            }
            if (dead != null) {
                dead.close();
                synchronized (lock) {
                    scheduleLocked();
                }
            } else if (!stillWanted.getAsBoolean()) {
                synchronized (lock) {
                    leaveLocked(key);
                }
                return null;
            }
        }
    }

    /** What the pool holds now. */
    EngineUse use() {
        synchronized (lock) {
            return new EngineUse(size, busy.size(), idleCount, startingCount, started, evicted);
        }
    }

    int size() {
        return size;
    }

    /**
     * Ends every agent: the idle ones, the one starting (when its start ends) and the busy ones (runs still going
     * when the server stops after its grace period; they end as a dead engine).
     */
    @Override
    public void close() {
        List<JavaEngine> engines = new ArrayList<>();
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            idle.values().forEach(engines::addAll);
            idle.clear();
            idleCount = 0;
            engines.addAll(busy);
            lock.notifyAll();
        }
        starts.shutdown(); // a queued start still runs, sees the pool closed, and only closes its evicted engine
        engines.forEach(FolderPool::closeQuietly);
        try {
            if (!starts.awaitTermination(startTimeout.toSeconds() + 30, TimeUnit.SECONDS)) {
                LOG.warn("an engine start did not end within {} s of closing the pool", startTimeout.toSeconds() + 30);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decides the next starts, if any; see the class comment for the policy. */
    private void scheduleLocked() {
        while (!closed && startingCount < parallelStarts && scheduleOneLocked()) {
            // one more start decided
        }
    }

    private boolean scheduleOneLocked() {
        Path folder = unmetDemandLocked();
        JavaEngine victim = null;
        if (folder != null) {
            if (liveLocked() >= size) {
                victim = evictableLocked();
                if (victim == null) {
                    return false; // every agent is busy or wanted: a run that ends makes room
                }
                evicted++;
            }
        } else {
            if (liveLocked() >= size || replacements.isEmpty()) {
                return false;
            }
            folder = replacements.pollFirst();
        }
        starting.merge(folder, 1, Integer::sum);
        startingCount++;
        Path target = folder;
        JavaEngine close = victim;
        starts.execute(() -> startOne(target, close));
        return true;
    }

    /** Runs on a pool thread: closes the evicted engine, then starts one for {@code folder}. */
    private void startOne(Path folder, @Nullable JavaEngine victim) {
        if (victim != null) {
            closeQuietly(victim);
        }
        JavaEngine engine = null;
        RuntimeException failure = null;
        if (!isClosed()) {
            try {
                engine = starter.apply(folder);
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                // JShell reports javac failures as InternalError: the pool's thread must survive them.
                failure = new EngineException("cannot start a Java engine: " + e, e);
            }
        }
        boolean discard = false;
        synchronized (lock) {
            starting.computeIfPresent(folder, (f, n) -> n > 1 ? n - 1 : null);
            startingCount--;
            if (engine != null) {
                started++;
                if (closed) {
                    discard = true;
                } else {
                    idle.computeIfAbsent(folder, f -> new ArrayDeque<>()).addLast(engine);
                    idleCount++;
                }
            } else if (failure != null) {
                LOG.warn("the warm pool could not start a Java engine in {}: {}", folder, failure.getMessage());
                int waiters = waiting.getOrDefault(folder, 0);
                ArrayDeque<RuntimeException> failed = failures.computeIfAbsent(folder, f -> new ArrayDeque<>());
                if (failed.size() < waiters) {
                    failed.addLast(failure);
                }
            }
            lock.notifyAll();
            scheduleLocked();
        }
        if (discard) {
            closeQuietly(engine);
        }
    }

    /** The longest-waiting folder whose waiting runs outnumber its idle and starting engines. */
    private @Nullable Path unmetDemandLocked() {
        for (Map.Entry<Path, Integer> entry : waiting.entrySet()) {
            Path folder = entry.getKey();
            int covered = idleOf(folder) + starting.getOrDefault(folder, 0) + failuresOf(folder);
            if (entry.getValue() > covered) {
                return folder;
            }
        }
        return null;
    }

    /** Removes and returns the oldest idle engine of the folder with the most idle engines nobody waits for. */
    private @Nullable JavaEngine evictableLocked() {
        Path best = null;
        int bestSpare = 0;
        for (Path folder : idle.keySet()) {
            int spare = idleOf(folder) - Math.max(0, waiting.getOrDefault(folder, 0) - failuresOf(folder));
            if (spare > bestSpare) {
                best = folder;
                bestSpare = spare;
            }
        }
        return best == null ? null : pollIdleLocked(best);
    }

    private @Nullable JavaEngine pollIdleLocked(Path folder) {
        ArrayDeque<JavaEngine> engines = idle.get(folder);
        if (engines == null || engines.isEmpty()) {
            return null;
        }
        JavaEngine engine = engines.pollFirst();
        if (engines.isEmpty()) {
            idle.remove(folder);
        }
        idleCount--;
        return engine;
    }

    private void leaveLocked(Path folder) {
        waiting.computeIfPresent(folder, (f, n) -> n > 1 ? n - 1 : null);
        ArrayDeque<RuntimeException> failed = failures.get(folder);
        if (failed != null && failed.size() > waiting.getOrDefault(folder, 0)) {
            failed.pollLast();
        }
        if (failed != null && failed.isEmpty()) {
            failures.remove(folder);
        }
        scheduleLocked();
    }

    private int liveLocked() {
        return idleCount + busy.size() + startingCount;
    }

    private int idleOf(Path folder) {
        ArrayDeque<JavaEngine> engines = idle.get(folder);
        return engines == null ? 0 : engines.size();
    }

    private int failuresOf(Path folder) {
        ArrayDeque<RuntimeException> failed = failures.get(folder);
        return failed == null ? 0 : failed.size();
    }

    /** Replacements beyond the budget could never all be warm at once: the oldest are forgotten. */
    private void trimReplacements() {
        while (replacements.size() > size) {
            replacements.pollFirst();
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new EngineException("the engine pool is closed (the server is stopping)");
        }
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    private static void closeQuietly(JavaEngine engine) {
        try {
            engine.close();
        } catch (RuntimeException e) {
            LOG.debug("closing a Java engine failed: {}", e.getMessage());
        }
    }
}
