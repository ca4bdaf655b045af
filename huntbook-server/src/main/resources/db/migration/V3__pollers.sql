-- Event pollers: the watermark (newest event time seen) and every event that produced a run, so that each event
-- runs once, across restarts and across workers.
CREATE TABLE hb_poller_state (
    poller     VARCHAR(200) PRIMARY KEY,
    watermark  BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL
);
CREATE TABLE hb_poller_events (
    poller     VARCHAR(200) NOT NULL,
    event_key  VARCHAR(1000) NOT NULL,
    run_id     VARCHAR(36)  NOT NULL,
    seen_at    BIGINT       NOT NULL,
    PRIMARY KEY (poller, event_key)
);
