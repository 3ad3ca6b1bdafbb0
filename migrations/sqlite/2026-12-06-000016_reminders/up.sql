-- Reminders (issue 25, part 1), sent from the outbox by the service's scheduler:
--
-- * proposals.answer_by: the date a proposal is to be answered by, set when its round is
--   published (NULL for proposals published before it existed: they never expire);
-- * cohorts.reminders: the cohort's reminder settings as JSON (empty: the defaults of
--   domain::reminders), checked by the domain when saved;
-- * reminders: one row per reminder sent or held, keyed by its kind, subject (the
--   invitation, proposal or visit), city and due date. The UNIQUE key is what makes a
--   reminder go out at most once when several instances tick at once: each inserts the row
--   (insert or ignore) and enqueues the emails only if it inserted it, in one transaction.
--   A held row stops the reminder; releasing it deletes the row. The kind has no CHECK so
--   that a kind more is a variant of domain::state::ReminderKind alone.
-- * outbox.kind gains 'reminder'.
--
-- SQLite cannot change a CHECK in place: the outbox is rebuilt as in
-- 2026-12-06-000014_profile_receipts, outside diesel's transaction (metadata.toml).
PRAGMA foreign_keys = OFF;
BEGIN;

ALTER TABLE proposals ADD COLUMN answer_by DATE;
ALTER TABLE cohorts ADD COLUMN reminders TEXT NOT NULL DEFAULT '';
CREATE TABLE reminders (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE RESTRICT,
    due_on DATE NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('sent', 'held')),
    emails INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (kind, subject_id, city_id, due_on)
);
CREATE INDEX reminders_by_cohort ON reminders (cohort_id, due_on);

CREATE TABLE new_outbox (
    id TEXT PRIMARY KEY NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt', 'reminder')),
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
