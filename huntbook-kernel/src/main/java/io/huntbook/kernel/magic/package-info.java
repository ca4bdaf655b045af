/**
 * Line magics of Java notebooks: {@code %maven group:artifact:version} (Maven Resolver, honouring
 * {@code ~/.m2/settings.xml} and the local repository), {@code %classpath PATH} and {@code %load FILE.jsh}. The engine
 * hands each cell to {@link io.huntbook.kernel.magic.CellMagics} before JShell sees it; the jars reach both the
 * compiler and the agent's class loader. Unattended runs resolve {@code %maven} once, when the run is validated
 * ({@link io.huntbook.kernel.magic.MavenPins}), and then use only that pinned resolution.
 */
@NullMarked
package io.huntbook.kernel.magic;

import org.jspecify.annotations.NullMarked;
