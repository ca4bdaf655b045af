/**
 * The bundled sample data: a deterministic generator of synthetic telemetry for a small organisation with a planted intrusion, and its local threat-intel list.
 */
@NullMarked
package io.huntbook.data.sample;

import org.jspecify.annotations.NullMarked;
