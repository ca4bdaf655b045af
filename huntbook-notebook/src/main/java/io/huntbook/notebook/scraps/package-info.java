/**
 * Scraps: named values a notebook records for whoever runs it, in scrapbook's wire format (and papermill's legacy
 * {@code record} format), so that Huntbook reads what scrapbook writes and scrapbook reads what Huntbook writes.
 */
@NullMarked
package io.huntbook.notebook.scraps;

import org.jspecify.annotations.NullMarked;
