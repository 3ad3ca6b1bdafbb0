-- Replication Plans, and a kind of email more: 'plan', the letters of a plan's review.
-- SQLite cannot change a CHECK in place: the outbox is rebuilt as in
-- 2026-12-06-000014_profile_receipts, outside diesel's transaction (metadata.toml).
PRAGMA foreign_keys = OFF;
BEGIN;

-- A Replication Plan per Twin City and cohort (issue 25, part 3): how the Twin embeds what
-- it learnt from its host's practices. Versioned like profiles: each row is a version; the
-- city edits its latest draft and submits it; a manager reviews the latest submitted
-- version (comment, accept or ask for changes), and the city then starts a new version.
-- Like the rest of the programme's history, a plan keeps its cohort, city and pair
-- (RESTRICT).
CREATE TABLE replication_plans (
    id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE RESTRICT,
    city_id TEXT NOT NULL REFERENCES cities (id) ON DELETE RESTRICT,
    proposal_id TEXT NOT NULL REFERENCES proposals (id) ON DELETE RESTRICT,
    host_id TEXT NOT NULL REFERENCES hosts (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'changes_requested', 'accepted')),
    comment TEXT NOT NULL DEFAULT '',
    reviewed_by TEXT,
    reviewed_at TIMESTAMP,
    submitted_at TIMESTAMP,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (cohort_id, city_id, version)
);
CREATE INDEX replication_plans_by_city ON replication_plans (city_id);

-- The actions of one version, in the city's order. The practice is the id
-- (`domain:lever`) of one of the host's practices, checked against the host's submitted
-- profile when saved; the budget is in whole euros.
CREATE TABLE plan_actions (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES replication_plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL,
    practice TEXT NOT NULL,
    owner TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    budget_eur INTEGER NOT NULL CHECK (budget_eur >= 0),
    status TEXT NOT NULL CHECK (status IN ('planned', 'started', 'done', 'dropped')),
    indicator TEXT NOT NULL,
    target_value REAL NOT NULL,
    target_unit TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on),
    UNIQUE (plan_id, position)
);

CREATE TABLE new_outbox (
    id TEXT PRIMARY KEY NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt', 'reminder', 'plan')),
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
