/**
 * The Java engine: JShell on the host compiles each snippet against the notebook's class path (never the host's),
 * and an agent JVM started with that same class path runs it, reached over a loopback socket through a custom
 * {@code ExecutionControlProvider}. Outputs stream back in order (stdout, stderr, rich outputs on a side channel);
 * stops use a channel of their own; timeouts stop, then kill the agent; the agent's exit status tells
 * {@code System.exit(n)} from a crash. Start with {@link io.huntbook.kernel.java.JavaEngine#start}.
 */
@NullMarked
package io.huntbook.kernel.java;

import org.jspecify.annotations.NullMarked;
