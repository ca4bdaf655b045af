/**
 * Split queries: a time range cut into chunks ({@code splitBy: 1d}) that run in parallel with a limit, failed chunks
 * retried, then reported with the rows of the others; generic, for every provider.
 */
@NullMarked
package io.huntbook.data.split;

import org.jspecify.annotations.NullMarked;
