-- Back to before reminders (see up.sql).
DROP TABLE reminders;
ALTER TABLE proposals DROP COLUMN answer_by;
ALTER TABLE cohorts DROP COLUMN reminders;
DELETE FROM outbox WHERE kind = 'reminder';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('invitation', 'proposal', 'schedule', 'test', 'receipt'));
