-- The run ledger (DESIGN.md §3). Times are epoch milliseconds so that H2 and PostgreSQL read them the same way.
CREATE TABLE hb_runs (
    id               VARCHAR(36)   PRIMARY KEY,
    template         VARCHAR(1000) NOT NULL,
    identifier       VARCHAR(1000) NOT NULL,
    parameters       VARCHAR(1000000) NOT NULL,
    output_path      VARCHAR(2000) NOT NULL,
    idempotency_key  VARCHAR(1000) UNIQUE,
    trigger_kind     VARCHAR(20)   NOT NULL,
    trigger_detail   VARCHAR(1000),
    state            VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    max_attempts     INT           NOT NULL,
    reason           VARCHAR(4000),
    warnings         VARCHAR(4000),
    created_at       BIGINT        NOT NULL,
    started_at       BIGINT,
    finished_at      BIGINT,
    worker           VARCHAR(300),
    exit_code        INT,
    output_uri       VARCHAR(2000),
    details          VARCHAR(1000000),
    cancel_requested BOOLEAN       NOT NULL
);
CREATE INDEX hb_runs_state_template ON hb_runs (state, template);
CREATE INDEX hb_runs_created ON hb_runs (created_at);
