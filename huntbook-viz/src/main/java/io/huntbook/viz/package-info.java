/**
 * Charts: timelines, process-tree views, entity graphs, matrices and maps, drawn interactive (ECharts) and static (PNG/SVG) from one description.
 */
@NullMarked
package io.huntbook.viz;

import org.jspecify.annotations.NullMarked;
