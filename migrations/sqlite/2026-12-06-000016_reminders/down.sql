-- Back to before reminders (see up.sql): the reminder emails are dropped first, since the
-- narrower CHECK would refuse them.
PRAGMA foreign_keys = OFF;
BEGIN;
DROP TABLE reminders;
ALTER TABLE proposals DROP COLUMN answer_by;
ALTER TABLE cohorts DROP COLUMN reminders;
DELETE FROM outbox WHERE kind = 'reminder';
CREATE TABLE new_outbox (
    id TEXT PRIMARY KEY NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt')),
    cohort_id TEXT REFERENCES cohorts (id) ON DELETE RESTRICT,
    about_id TEXT NOT NULL,
    visit_id TEXT REFERENCES visits (id) ON DELETE RESTRICT,
    recipient TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    calendar TEXT,
    calendar_method TEXT,
    secret TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'retrying', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    last_error TEXT NOT NULL DEFAULT '',
    delivered_as TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    claimed_by TEXT,
    resend_of TEXT
);
INSERT INTO new_outbox (id, message_id, kind, cohort_id, about_id, visit_id, recipient, recipient_name, language, subject, body_text, body_html, calendar, calendar_method, secret, status, attempts, next_attempt_at, claimed_until, last_error, delivered_as, created_by, created_at, sent_at, updated_at, claimed_by, resend_of)
    SELECT id, message_id, kind, cohort_id, about_id, visit_id, recipient, recipient_name, language, subject, body_text, body_html, calendar, calendar_method, secret, status, attempts, next_attempt_at, claimed_until, last_error, delivered_as, created_by, created_at, sent_at, updated_at, claimed_by, resend_of FROM outbox;
DROP TABLE outbox;
ALTER TABLE new_outbox RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_cohort ON outbox (cohort_id, created_at);
CREATE INDEX outbox_about ON outbox (about_id);
CREATE UNIQUE INDEX outbox_one_per_recipient ON outbox (kind, about_id, recipient)
    WHERE resend_of IS NULL AND kind IN ('schedule', 'proposal');
COMMIT;
PRAGMA foreign_keys = ON;
