/**
 * Evaluation: {@link io.huntbook.kernel.CellEngine}, what the runner drives, implemented by the Java engine
 * ({@code io.huntbook.kernel.java}) and by the Jupyter client ({@code io.huntbook.kernel.jupyter.client}); the wire
 * protocol ({@code .jupyter.wire}) and the Huntbook Jupyter kernel ({@code .jupyter.server}).
 */
@NullMarked
package io.huntbook.kernel;

import org.jspecify.annotations.NullMarked;
