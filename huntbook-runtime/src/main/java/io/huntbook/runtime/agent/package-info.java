/**
 * The engine's agent: the JVM in which notebook code runs, separate from the host that compiles it. It speaks JShell's
 * remote execution protocol over one loopback socket (streams multiplexed: commands, stdout, stderr, rich outputs,
 * stdin on request) and takes stop requests on its standard input, a channel of their own, so a stop reaches it while
 * a cell runs. It lives in the runtime because the agent's class path is the notebook's class path: the runtime plus
 * libraries, never the host's.
 */
package io.huntbook.runtime.agent;
