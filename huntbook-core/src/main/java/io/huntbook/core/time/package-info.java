/**
 * Time values shared by every module: one timestamp policy (UTC, offsets honoured, none means UTC), the relative-time
 * grammar of DESIGN.md §6.D and {@link io.huntbook.core.time.TimeSpan}.
 */
@NullMarked
package io.huntbook.core.time;

import org.jspecify.annotations.NullMarked;
