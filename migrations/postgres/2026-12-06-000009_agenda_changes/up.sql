-- An agenda changed after a visit's participants were told of it is a change they are
-- told of at the next publish: visits.agenda_changed_at marks such a visit (empty when
-- they know the agenda as it is), and a change record may be of the kind 'updated' (the
-- same dates, a new agenda; a calendar update with SEQUENCE + 1).
ALTER TABLE visits ADD COLUMN agenda_changed_at TIMESTAMP;
ALTER TABLE visit_changes DROP CONSTRAINT visit_changes_kind_check,
    ADD CONSTRAINT visit_changes_kind_check CHECK (kind IN ('planned', 'moved', 'updated', 'cancelled'));
