/**
 * huntbook serve: triggers, the run ledger and queue, output storage, findings, incident sinks, the HTTP API and the dashboard.
 */
@NullMarked
package io.huntbook.server;

import org.jspecify.annotations.NullMarked;
