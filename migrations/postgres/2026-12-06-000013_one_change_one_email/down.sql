DROP INDEX outbox_one_per_recipient;
ALTER TABLE outbox DROP COLUMN resend_of;
DROP INDEX visit_changes_one_per_sequence;
