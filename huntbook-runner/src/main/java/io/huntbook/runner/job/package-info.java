/**
 * Jobs (DESIGN.md §6.E): one run of a template with parameters, as {@code run-batch}, the file drop and
 * {@code POST /api/runs} take them, read from YAML or JSON files. Start with {@link io.huntbook.runner.job.JobFiles}.
 */
@NullMarked
package io.huntbook.runner.job;

import org.jspecify.annotations.NullMarked;
