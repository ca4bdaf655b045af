/**
 * What notebook code sees: {@code display}, {@code glue}, {@code md}, {@code html}, images, {@code secret}, the
 * {@code hb} session and the renderer SPI. Dependency-free (it writes its own JSON), because it is loaded next to
 * user code in the engine's agent JVM. Notebook code imports {@link io.huntbook.runtime.NotebookRuntime}
 * statically; the engine installs an {@link io.huntbook.runtime.OutputSink} so outputs reach the notebook.
 */
package io.huntbook.runtime;
