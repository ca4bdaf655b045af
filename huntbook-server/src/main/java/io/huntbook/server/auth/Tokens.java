package io.huntbook.server.auth;

import io.huntbook.server.ledger.TokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bearer tokens: 256 random bits, shown once when created and stored only as their SHA-256 (a fast hash is enough
 * for random tokens: there is nothing to guess from a dictionary).
 */
public final class Tokens {
    private static final String PREFIX = "hbt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;

    public Tokens(TokenStore store) {
        this.store = store;
    }

    /** A new token: the text to hand to its user (never stored) and what was stored. */
    public record Created(String token, TokenStore.StoredToken stored) {}

    public Created create(String name, Role role, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Created(token, store.add(name, role.id(), hash(token), now));
    }

    /** The role of the token in an {@code Authorization: Bearer ...} header, or empty when it is absent or unknown. */
    public Optional<Role> authenticate(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).strip();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return store.findByHash(hash(token)).map(t -> Role.parse(t.role()));
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
