package io.huntbook.server.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Tokens by the SHA-256 of their text; the text itself is never stored. */
public final class TokenStore {
    /** A stored token: its id, a name for people, its role name and when it was made. */
    public record StoredToken(String id, String name, String role, Instant createdAt) {}

    private final Jdbc jdbc;

    public TokenStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public StoredToken add(String name, String role, String tokenHash, Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO hb_tokens (id, name, role, token_hash, created_at) VALUES (?, ?, ?, ?, ?)", id, name,
                role, tokenHash, now.toEpochMilli());
        return new StoredToken(id, name, role, now);
    }

    public Optional<StoredToken> findByHash(String tokenHash) {
        List<StoredToken> found = jdbc.query("SELECT id, name, role, created_at FROM hb_tokens WHERE token_hash = ?",
                row -> new StoredToken(row.getString(1), row.getString(2), row.getString(3),
                        Instant.ofEpochMilli(row.getLong(4))), tokenHash);
        return found.stream().findFirst();
    }
}
