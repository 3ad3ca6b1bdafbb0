-- Long work started from a page (matching rounds): stored so that any instance of the
-- app can show a job's phase, cancel it, or say that the instance running it stopped.
CREATE TABLE jobs (
    id TEXT PRIMARY KEY NOT NULL,
    -- What it does ("matching round: 12 Twins, 9 hosts").
    title TEXT NOT NULL,
    -- The manager who started it.
    owner TEXT NOT NULL,
    phase TEXT NOT NULL,
    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
    -- NULL while it runs.
    outcome TEXT CHECK (outcome IN ('done', 'failed', 'cancelled')),
    -- What it made (a round id) or why it failed.
    result TEXT NOT NULL DEFAULT '',
    started_at TIMESTAMP NOT NULL,
    -- The instance running it writes this while it runs; a job whose beat stops ran on an
    -- instance that stopped.
    heartbeat_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP
);
CREATE INDEX jobs_started ON jobs (started_at);
