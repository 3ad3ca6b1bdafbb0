DROP TABLE visit_changes;
DROP TABLE visit_agenda;
DROP TABLE visits;
DROP TABLE schedules;
ALTER TABLE cohorts DROP COLUMN visit_modules;
