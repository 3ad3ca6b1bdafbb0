-- An agenda update is recorded as what the older schema knew: a move to the same dates.
UPDATE visit_changes SET kind = 'moved' WHERE kind = 'updated';
ALTER TABLE visit_changes DROP CONSTRAINT visit_changes_kind_check,
    ADD CONSTRAINT visit_changes_kind_check CHECK (kind IN ('planned', 'moved', 'cancelled'));
ALTER TABLE visits DROP COLUMN agenda_changed_at;
