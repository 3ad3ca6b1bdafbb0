-- An agenda changed after a visit's participants were told of it is a change they are
-- told of at the next publish: visits.agenda_changed_at marks such a visit (empty when
-- they know the agenda as it is), and a change record may be of the kind 'updated' (the
-- same dates, a new agenda; a calendar update with SEQUENCE + 1).
ALTER TABLE visits ADD COLUMN agenda_changed_at TIMESTAMP;

-- SQLite cannot change a CHECK in place: visit_changes is rebuilt (nothing refers to it).
CREATE TABLE new_visit_changes (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE RESTRICT,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('planned', 'moved', 'updated', 'cancelled')),
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
