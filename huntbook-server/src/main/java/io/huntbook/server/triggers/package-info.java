/** Triggers that produce jobs: cron schedules, the file-drop folder, event pollers. */
@NullMarked
package io.huntbook.server.triggers;

import org.jspecify.annotations.NullMarked;
