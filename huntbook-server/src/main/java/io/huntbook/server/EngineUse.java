package io.huntbook.server;

/**
 * What a worker's warm pool holds at one moment (for {@code /metrics}).
 *
 * @param size the most agent JVMs the pool runs at once (the worker's concurrency)
 * @param busy engines serving a run
 * @param idle engines started and waiting for a run (warm)
 * @param starting engines being started
 * @param started engines started since the server started
 * @param evicted idle engines closed to make room for a template folder that needed one
 */
public record EngineUse(int size, int busy, int idle, int starting, long started, long evicted) {}
