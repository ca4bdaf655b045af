/**
 * The warm pool: Java engines started ahead of time (agent up, prelude imported) and handed out one per run, so a
 * run does not wait for a JVM to start. An engine serves one run and is then discarded and replaced, so nothing of
 * one run reaches the next. Start with {@link io.huntbook.runner.pool.EnginePool#start}.
 */
@NullMarked
package io.huntbook.runner.pool;

import org.jspecify.annotations.NullMarked;
