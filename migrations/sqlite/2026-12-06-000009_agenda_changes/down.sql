-- An agenda update is recorded as what the older schema knew: a move to the same dates.
UPDATE visit_changes SET kind = 'moved' WHERE kind = 'updated';
CREATE TABLE new_visit_changes (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE RESTRICT,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('planned', 'moved', 'cancelled')),
    sequence INTEGER NOT NULL,
    old_starts_on DATE,
    old_ends_on DATE,
    new_starts_on DATE,
    new_ends_on DATE,
    created_at TIMESTAMP NOT NULL,
    notified_at TIMESTAMP
);
INSERT INTO new_visit_changes (id, visit_id, cohort_id, kind, sequence, old_starts_on, old_ends_on, new_starts_on, new_ends_on, created_at, notified_at)
    SELECT id, visit_id, cohort_id, kind, sequence, old_starts_on, old_ends_on, new_starts_on, new_ends_on, created_at, notified_at FROM visit_changes;
DROP TABLE visit_changes;
ALTER TABLE new_visit_changes RENAME TO visit_changes;
CREATE INDEX visit_changes_to_notify ON visit_changes (notified_at);
ALTER TABLE visits DROP COLUMN agenda_changed_at;
