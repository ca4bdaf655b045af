/**
 * Analysis: IoC extraction, encoded-content unpacking, process trees, anomalous sequences, time-series anomalies, clustering and beaconing.
 */
@NullMarked
package io.huntbook.analysis;

import org.jspecify.annotations.NullMarked;
