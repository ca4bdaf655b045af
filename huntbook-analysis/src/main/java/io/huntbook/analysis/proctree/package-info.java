/**
 * Process trees from process-creation events (Windows 4688, Sysmon 1, Defender, auditd, osquery, or a custom
 * column map), with MSTICPy's parent matching, keys, paths and summary. Start at
 * {@link io.huntbook.analysis.proctree.ProcessTree}.
 */
@NullMarked
package io.huntbook.analysis.proctree;

import org.jspecify.annotations.NullMarked;
