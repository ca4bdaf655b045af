package io.huntbook.runner.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.JavaEngine;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The pool's bookkeeping with stand-in engines that count themselves (the real agents are counted in
 * {@link EnginePool_RealEnginesTest}): however runs and start-up failures interleave, no more engines exist at once
 * than the pool's size, and every engine serves one run.
 */
class EnginePool_BoundedAgentsTest {
    /** Counts the stand-in engines that exist (started, not closed) and the most that ever existed at once. */
    static final class Census {
        final AtomicInteger alive = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();

        JavaEngine engine() {
            most.accumulateAndGet(alive.incrementAndGet(), Math::max);
            AtomicInteger uses = new AtomicInteger();
            return (JavaEngine) Proxy.newProxyInstance(JavaEngine.class.getClassLoader(),
                    new Class<?>[] {JavaEngine.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "close" -> {
                            alive.decrementAndGet();
                            closes.incrementAndGet();
                            yield null;
                        }
                        case "alive" -> true;
                        case "execute" -> {
                            assertThat(uses.incrementAndGet()).as("an engine serves one run").isEqualTo(1);
                            yield null;
                        }
                        default -> null;
                    });
        }
    }

    @Test
    void noMoreEnginesExistAtOnceThanThePoolSizeWhileManyThreadsRunAndStartsFailOrThrowErrors() throws Exception {
        Census census = new Census();
        AtomicInteger attempts = new AtomicInteger();
        Supplier<JavaEngine> flaky = () -> {
            pause(ThreadLocalRandom.current().nextInt(3));
            int attempt = attempts.incrementAndGet();
            if (attempt % 5 == 0) {
                throw new EngineException("simulated start-up failure");
            }
            if (attempt % 7 == 0) {
                // JShell reports javac's own failures as InternalError: the pool must survive those too.
                throw new InternalError("Exception during analyze");
            }
            return census.engine();
        };
        int runs = 120;
        try (EnginePool pool = new WarmPool(flaky, 2, Duration.ofSeconds(10));
             ExecutorService callers = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                done.add(callers.submit(() -> {
                    try (JavaEngine engine = pool.take()) {
                        engine.execute("1", output -> { }, null);
                        pause(ThreadLocalRandom.current().nextInt(2));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertThat(census.most.get()).isLessThanOrEqualTo(2);
            assertThat(pool.started()).isGreaterThanOrEqualTo(runs);
        }
        assertThat(census.alive.get()).as("close ends the ready engines").isZero();
    }

    @Test
    void aPoolThatCannotStartEnginesSaysWhyInsteadOfWaitingForever() {
        Supplier<JavaEngine> broken = () -> {
            throw new EngineException("cannot start the Java agent with /nowhere: no such file");
        };
        try (EnginePool pool = new WarmPool(broken, 1, Duration.ofSeconds(30))) {
            assertThatThrownBy(pool::take).isInstanceOf(EngineException.class)
                    .hasMessageContaining("cannot start a Java engine")
                    .hasMessageContaining("/nowhere");
        }
    }

    @Test
    void closingTwiceIsHarmlessAndTakingFromAClosedPoolIsRefused() {
        Census census = new Census();
        EnginePool pool = new WarmPool(census::engine, 2, Duration.ofSeconds(10));
        pool.close();
        pool.close();
        assertThat(census.alive.get()).isZero();
        assertThatThrownBy(pool::take).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
