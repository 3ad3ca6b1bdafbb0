-- The email outbox: every message is written here in the transaction of the change that
-- causes it, and a worker delivers it (file or SMTP), retrying temporary failures.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    -- The Message-ID header, stable across retries: a crash between send and record may
    -- deliver a message twice, and the receiver sees the same id.
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test')),
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE CASCADE,
    -- The invitation, proposal or visit change the message is about.
    about_id TEXT NOT NULL,
    visit_id TEXT REFERENCES visits (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- The .ics attachment, with its METHOD (REQUEST or CANCEL).
    calendar TEXT,
    calendar_method TEXT,
    -- An invitation link, put into the bodies when sending and dropped once sent.
    secret TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'retrying', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    -- A worker is sending it until then; after, another may take it over.
    claimed_until TIMESTAMP,
    last_error TEXT NOT NULL DEFAULT '',
    -- The server's reply, or the file written.
    delivered_as TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_cohort ON outbox (cohort_id, created_at);
CREATE INDEX outbox_about ON outbox (about_id);
