package io.huntbook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.testing.PropertyCheck;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The server pool's bookkeeping with stand-in engines that count themselves (real agents are counted in
 * {@link Server_WarmPoolTest}): whatever the mix of template folders, no more engines exist at once than the pool's
 * size, every run gets an engine started in its own folder and used by no other run, an idle engine of a folder
 * nobody waits for makes room, a failed start fails the run that waited for it, and closing ends every engine.
 */
class FolderPool_BudgetAcrossFoldersTest {
    private static final Path A = Path.of("/templates/a").toAbsolutePath();
    private static final Path B = Path.of("/templates/b").toAbsolutePath();

    /** Counts the stand-in engines alive and the most alive at once; each knows the folder it was started in. */
    static final class Census {
        final AtomicInteger alive = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final Map<JavaEngine, Path> folders = new ConcurrentHashMap<>();
        final Map<JavaEngine, AtomicBoolean> closed = new ConcurrentHashMap<>();

        JavaEngine start(Path folder) {
            pause(1);
            most.accumulateAndGet(alive.incrementAndGet(), Math::max);
            AtomicInteger uses = new AtomicInteger();
            AtomicBoolean done = new AtomicBoolean();
            JavaEngine engine = (JavaEngine) Proxy.newProxyInstance(JavaEngine.class.getClassLoader(),
                    new Class<?>[] {JavaEngine.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "close" -> {
                            if (done.compareAndSet(false, true)) {
                                alive.decrementAndGet();
                            }
                            yield null;
                        }
                        case "alive" -> !done.get();
                        case "execute" -> {
                            assertThat(uses.incrementAndGet()).as("an engine serves one run").isEqualTo(1);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    });
            folders.put(engine, folder);
            closed.put(engine, done);
            return engine;
        }
    }

    /** A run as the server makes one: take an engine for a folder, use it once, close it. */
    private static void run(FolderPool pool, Census census, Path folder) {
        FolderPool.Lease lease = pool.take(folder, () -> true);
        assertThat(lease).isNotNull();
        try (lease) {
            assertThat(census.folders.get(lease.engine())).as("the engine runs in the template's folder")
                    .isEqualTo(folder);
            lease.engine().execute("1", output -> { }, null);
            pause(1);
        }
    }

    @Test
    void noMoreEnginesThanThePoolSizeWhateverTheMixOfFoldersAndEveryRunInItsOwnFolder() {
        record Mix(int size, int parallelStarts, int callers, List<Integer> folders) {}
        PropertyCheck.forAll(12, random -> {
            int size = 1 + random.nextInt(3);
            List<Integer> folders = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                folders.add(random.nextInt(4));
            }
            // The server gives its queue as many threads as engines; an embedder may give more.
            return new Mix(size, 1 + random.nextInt(size), size + random.nextInt(3), folders);
        }, mix -> {
            Census census = new Census();
            try (ExecutorService callers = Executors.newFixedThreadPool(mix.callers())) {
                FolderPool pool = new FolderPool(census::start, mix.size(), mix.parallelStarts(),
                        Duration.ofSeconds(5));
                pool.warmUp(List.of(A, B));
                List<Future<?>> runs = new ArrayList<>();
                for (int folder : mix.folders()) {
                    Path path = Path.of("/templates/f" + folder).toAbsolutePath();
                    runs.add(callers.submit(() -> run(pool, census, path)));
                }
                for (Future<?> done : runs) {
                    done.get(60, TimeUnit.SECONDS);
                }
                assertThat(census.most.get()).as("engines alive at once").isLessThanOrEqualTo(mix.size());
                assertThat(pool.use().busy()).isZero();
                pool.close();
                assertThat(census.alive.get()).as("engines left after close").isZero();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anIdleEngineOfAFolderNobodyWaitsForIsClosedToMakeRoom() {
        Census census = new Census();
        try (FolderPool pool = new FolderPool(census::start, 1, 1, Duration.ofSeconds(5))) {
            pool.warmUp(List.of(A));
            TestServers.await("a warm engine for folder a", 10, () -> pool.use().idle() == 1);
            JavaEngine warmForA = census.folders.keySet().iterator().next();

            run(pool, census, B);

            assertThat(census.closed.get(warmForA)).as("the idle engine of folder a was closed").isTrue();
            assertThat(pool.use().evicted()).isEqualTo(1);
            assertThat(census.most.get()).isEqualTo(1);
            // The engine taken for b is replaced by another for b: the warm engines follow the demand.
            TestServers.await("a replacement for folder b", 10, () -> pool.use().idle() == 1
                    && census.folders.entrySet().stream().anyMatch(e -> e.getValue().equals(B)
                    && !census.closed.get(e.getKey()).get() && e.getKey() != warmForA));
        }
    }

    @Test
    void aFailedStartFailsTheRunWaitingForItAndThePoolGoesOn() {
        Census census = new Census();
        Path missing = Path.of("/templates/gone").toAbsolutePath();
        Function<Path, JavaEngine> starter = folder -> {
            if (folder.equals(missing)) {
                throw new EngineException("the agent did not connect");
            }
            return census.start(folder);
        };
        try (FolderPool pool = new FolderPool(starter, 2, 2, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> pool.take(missing, () -> true))
                    .isInstanceOf(EngineException.class)
                    .hasMessageContaining(missing.toString())
                    .hasMessageContaining("the agent did not connect");
            run(pool, census, A);
            assertThat(pool.use().busy()).isZero();
        }
    }

    @Test
    void aRunCancelledWhileWaitingForAnEngineStopsWaiting() throws Exception {
        Census census = new Census();
        try (FolderPool pool = new FolderPool(census::start, 1, 1, Duration.ofSeconds(5))) {
            FolderPool.Lease holding = pool.take(A, () -> true);
            AtomicBoolean wanted = new AtomicBoolean(true);
            try (ExecutorService other = Executors.newSingleThreadExecutor()) {
                Future<FolderPool.Lease> waiting = other.submit(() -> pool.take(B, wanted::get));
                TestServers.await("the second run waiting", 10, () -> !waiting.isDone());
                wanted.set(false);
                assertThat(waiting.get(10, TimeUnit.SECONDS)).as("no engine for a cancelled run").isNull();
            }
            assertThat(holding).isNotNull();
            holding.close();
            assertThat(census.most.get()).isEqualTo(1);
        }
    }

    @Test
    void closingThePoolEndsIdleAndBusyEnginesAndRefusesNewRuns() {
        Census census = new Census();
        FolderPool pool = new FolderPool(census::start, 2, 2, Duration.ofSeconds(5));
        pool.warmUp(List.of(A));
        TestServers.await("two warm engines", 10, () -> pool.use().idle() == 2);
        FolderPool.Lease busy = pool.take(A, () -> true);
        assertThat(busy).isNotNull();
        assertThat(pool.use()).isEqualTo(new EngineUse(2, 1, 1, 0, 2, 0));

        pool.close();

        assertThat(census.alive.get()).as("engines alive after close").isZero();
        assertThatThrownBy(() -> pool.take(A, () -> true)).isInstanceOf(EngineException.class)
                .hasMessageContaining("closed");
        busy.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
