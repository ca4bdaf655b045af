/**
 * The HTML report of a notebook: one self-contained, offline, deterministic page with a header card, an error banner,
 * rendered markdown and sanitised outputs. Start with {@link io.huntbook.notebook.report.HtmlReport#builder()}.
 */
@NullMarked
package io.huntbook.notebook.report;

import org.jspecify.annotations.NullMarked;
