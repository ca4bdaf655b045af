/**
 * What notebook code sees: {@code display}, {@code glue}, {@code md}, {@code html}, {@code secret} and the renderer
 * SPI. Dependency-free, because it is loaded next to user code. Will own them once the engine issue lands.
 */
package io.huntbook.runtime;
