-- Bearer tokens: only the SHA-256 of a token is stored, never the token.
CREATE TABLE hb_tokens (
    id         VARCHAR(36)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    token_hash VARCHAR(64)  NOT NULL UNIQUE,
    created_at BIGINT       NOT NULL
);
