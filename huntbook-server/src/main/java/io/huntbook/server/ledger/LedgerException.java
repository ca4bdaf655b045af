package io.huntbook.server.ledger;

/** The ledger's database failed (not reachable, a statement failed): an infrastructure failure. */
public final class LedgerException extends RuntimeException {
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
