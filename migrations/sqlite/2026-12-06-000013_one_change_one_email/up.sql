-- What the database itself holds true of a schedule publish, whatever the code does:
-- one change record per visit and calendar SEQUENCE (every publish that tells a visit's
-- participants something raises its SEQUENCE, so two records with the same one are the
-- same publish twice), and one email per recipient per change (a manager's resend is a
-- new email that names the one it repeats, in resend_of).
--
-- Before publishes took the cohort's lock, two at once on PostgreSQL could write both;
-- the later duplicates are dropped (their emails stay in the outbox, as sent), and the
-- copies of an email are marked as resends of the first.
DELETE FROM visit_changes
WHERE id NOT IN (SELECT MIN(id) FROM visit_changes GROUP BY visit_id, sequence);
CREATE UNIQUE INDEX visit_changes_one_per_sequence ON visit_changes (visit_id, sequence);

ALTER TABLE outbox ADD COLUMN resend_of TEXT;
UPDATE outbox SET resend_of = (
    SELECT MIN(o.id) FROM outbox o
    WHERE o.kind = outbox.kind AND o.about_id = outbox.about_id
      AND o.recipient = outbox.recipient
)
WHERE kind IN ('schedule', 'proposal')
  AND id <> (
    SELECT MIN(o.id) FROM outbox o
    WHERE o.kind = outbox.kind AND o.about_id = outbox.about_id
      AND o.recipient = outbox.recipient
  );
CREATE UNIQUE INDEX outbox_one_per_recipient ON outbox (kind, about_id, recipient)
    WHERE resend_of IS NULL AND kind IN ('schedule', 'proposal');
