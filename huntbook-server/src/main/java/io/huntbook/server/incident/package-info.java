/**
 * Incidents raised from findings: the {@link io.huntbook.server.incident.IncidentSink} SPI, deduplication per sink,
 * the local incident store in the ledger (JDBC, Flyway migrations V100+), the webhook sink and the handler behind
 * {@code GET /api/incidents}.
 */
@NullMarked
package io.huntbook.server.incident;

import org.jspecify.annotations.NullMarked;
