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
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt', 'reminder'));
