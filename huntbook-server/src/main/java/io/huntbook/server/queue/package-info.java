/** The run queue on db-scheduler: claiming, executing, retrying and recovering runs. */
@NullMarked
package io.huntbook.server.queue;

import org.jspecify.annotations.NullMarked;
