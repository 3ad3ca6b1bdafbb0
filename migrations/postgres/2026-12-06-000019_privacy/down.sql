ALTER TABLE cohorts DROP COLUMN personal_data_erased_at;
