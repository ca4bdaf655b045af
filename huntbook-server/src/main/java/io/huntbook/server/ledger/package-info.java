/** The run ledger: runs, tokens and poller watermarks in H2 or PostgreSQL, migrated by Flyway. */
@NullMarked
package io.huntbook.server.ledger;

import org.jspecify.annotations.NullMarked;
