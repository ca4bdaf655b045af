/** What notebooks reach through the runtime's SPIs from the configuration: {@code secret(name)}. */
@NullMarked
package io.huntbook.data.notebook;

import org.jspecify.annotations.NullMarked;
