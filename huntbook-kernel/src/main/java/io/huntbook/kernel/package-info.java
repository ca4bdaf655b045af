/**
 * Evaluation: the Java engine (JShell in an agent JVM), the Jupyter wire protocol, the Huntbook Jupyter kernel and a client for any installed kernel. Will own them once the engine and protocol issues land.
 */
@NullMarked
package io.huntbook.kernel;

import org.jspecify.annotations.NullMarked;
