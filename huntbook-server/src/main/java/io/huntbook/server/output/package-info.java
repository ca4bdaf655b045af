/**
 * Where runs leave their notebooks (DESIGN.md §3, §6.E): the {@link io.huntbook.server.output.OutputStore} SPI with
 * the local filesystem as default, path-safe names, the input-stripped copy, HTML reports, the findings folder, and
 * {@link io.huntbook.server.output.RunPipeline}, which turns a finished run into outputs, findings and incidents.
 */
@NullMarked
package io.huntbook.server.output;

import org.jspecify.annotations.NullMarked;
